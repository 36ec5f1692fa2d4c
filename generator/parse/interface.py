"""A website's own words: its controls, menus and the days of its calendar.

Scraped pages keep the text of a site's buttons and menus (``Lade Veranstaltungen``,
``Envoyer [A A]``, ``Share | Print``). A line made of nothing else is never a title, a
place or a person.
"""

from __future__ import annotations

import re

_GLUED = re.compile(r"(?<=[a-z)])(?=[A-Z])")
_INTERFACE_WORDS = frozenset(
    """view share print email e-mail send bookmark save login log sign out search subscribe
    newsletter donate menu home back top skip main content navigation toggle close open
    loading language languages another other version article page english translate
    translation select font size
    text rss feed follow like tweet facebook twitter linkedin whatsapp copy link more all
    events news contact about us students faculty staff alumni international research apply
    now here click accessibility sitemap download pdf add calendar my account cart
    lade laden veranstaltungen alle zurück drucken teilen senden suche suchen anmelden
    abmelden startseite kontakt über uns sprache menü schließen öffnen inhalt springen seite
    artikel mehr weiterlesen spenden studierende presse
    envoyer imprimer partager rechercher recherche accueil retour connexion connecter fermer
    ouvrir contenu aller langue chargement tous toutes événements actualités plus lire suite
    abonner étudiants nous contacter faire don suivre suivez
    acceso compartir imprimir enviar buscar búsqueda inicio volver iniciar sesión cargando
    idioma cerrar abrir contenido ir todos eventos noticias más leer estudiantes
    internacional contacto suscríbete donar description details détails detalles
    beschreibung événement qr code scannen ansehen mobil programm academic advertisement
    anzeige publicité publicidad werbung número number nummer numéro go contents site mailing
    list book saltar navegación principal change increase decrease larger smaller reset menü
    japanese chinese korean german french spanish deutsch français español overview
    projects links publications members people team resources programs programmes
    aller au zum direkt""".split()
)
"""Words of a website's own controls and menus, in the region's languages."""
_FUNCTION_WORDS = frozenset(
    "the this that in to of a an and or for on at de la le les des du el los las del al der "
    "die das und zu zum zur im se s un une".split()
)
_INTERFACE_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)?")
_ELIDED = re.compile(r"^[ldj][’']")
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")


_CJK_INTERFACE = frozenset(
    """英語 日本語 中文 한국어 English フッター フッダー 左フッダー 左フッター ヘッダー
    メニュー ホーム トップ ページトップ 首页 首頁 返回 打印 分享 关闭 關閉 검색 메뉴 홈 로그인
    본문 바로가기 글자 크게 작게 인쇄 공유 목록 로고 ロゴ 印刷 標誌""".split()
)
"""A site's controls written in Chinese, Japanese or Korean."""
_CJK_TOKEN = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]{1,8}$")


def _cjk_menu(text: str) -> bool:
    """``首页 使馆介绍 中日关系 经贸合作 …``: a menu's entries, short words set apart by spaces;
    or a control alone (``日本語左フッダー``)."""
    tokens = text.split()
    if all(t in _CJK_INTERFACE or t.endswith(("フッダー", "フッター")) for t in tokens):
        return bool(tokens)
    return len(tokens) >= 6 and all(_CJK_TOKEN.match(t) for t in tokens)


def interface_only(text: str) -> bool:
    """A short line made of nothing but a website's controls: ``View this article in another
    language``, ``Saltar a contenido principal Saltar a navegación principal``,
    ``Lade Veranstaltungen``, ``Envoyer [A A]``, ``Share | Print``, or a menu
    (``首页 使馆介绍 中日关系 …``)."""
    if _WIDE.search(text) and _cjk_menu(text):
        return True
    if len(text) > 160:
        return False  # nine words of a site's controls are never this long
    words = _INTERFACE_TOKEN.findall(_GLUED.sub(" ", text).casefold())
    if not 1 <= len(words) <= 9:
        return False
    words = [_ELIDED.sub("", w) for w in words]  # "l'événement"
    content = [w for w in words if w not in _FUNCTION_WORDS]
    controls = [w for w in content if w in _INTERFACE_WORDS or len(w) == 1]
    if len(controls) == len(content):
        return any(w in _INTERFACE_WORDS for w in content)
    named = [w for w in content if len(w) > 1]
    buttons = [w for w in named if w in _INTERFACE_WORDS]
    if len(named) >= 5 and len(words) == len(content) and 3 * len(buttons) >= 2 * len(named):
        return True  # "Overview Members Projects Events Contact Links": a menu, one word each
    # "Leopoldina Home Menü": the site's name, then two of its controls
    return (
        len(named) <= 4
        and len(buttons) >= 2
        and named[0] not in buttons
        and (len(named) - len(buttons) == 1)
    )


WEEKDAYS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch
    donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche
    lunes martes miércoles jueves viernes sábado""".split()
)
"""The days of the week in the region's European languages: never part of a name ("domingo"
is left out: Domingo is a given name)."""
