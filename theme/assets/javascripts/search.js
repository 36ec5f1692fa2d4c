/* briefgen search: Pagefind's index (pagefind/, built after the site) behind Material's
   search field and dialog (theme/partials/search.html).

   Nothing is fetched until the reader opens search: then pagefind.js loads, and each
   query fetches only the index chunks its words need and one fragment per result shown
   (results come ten at a time). Everything is served from the site itself.

   Keys, as in Material: "/" or "s" opens search; Escape closes it; the arrow keys move
   through the results; Enter opens the focused result, or the first one. Results are
   Material's result markup (so its styles apply) and plain links, so Material's instant
   loading follows them like any other link. */
(() => {
  "use strict";
  const script = document.currentScript;
  const root = new URL("../../", script ? script.src : location.href);
  const PAGE = 10;
  const toggle = () => document.getElementById("__search");
  const dialog = () => document.querySelector("[data-bg-search]");
  const field = () => document.querySelector("[data-bg-search-query]");
  if (!dialog()) return;
  let engine = null;
  let capitals = null;
  let latest = 0;
  let timer = 0;

  const load = () => {
    engine =
      engine ||
      import(new URL("pagefind/pagefind.js", root).href).then(async (pagefind) => {
        /* Capital, event and person pages gather passages that live on theme pages, so
           they repeat words: full length normalisation and early saturation of repeated
           words rank the page a passage belongs to above the pages that quote it. */
        await pagefind.options({
          baseUrl: root.pathname,
          excerptLength: 24,
          ranking: { pageLength: 1.0, termSaturation: 0.4 },
        });
        await pagefind.init();
        return pagefind;
      });
    return engine;
  };

  /* An excerpt is text with <mark> around the words found; keep exactly that. */
  const excerpt = (html) => {
    const template = document.createElement("template");
    template.innerHTML = html || "";
    const out = document.createDocumentFragment();
    for (const node of template.content.childNodes) {
      if (node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = node.textContent;
        out.append(mark);
      } else {
        out.append(document.createTextNode(node.textContent));
      }
    }
    return out;
  };

  const link = (url, title, text, page) => {
    const a = document.createElement("a");
    a.href = url;
    a.className = "md-search-result__link";
    const article = document.createElement("article");
    article.className =
      "md-search-result__article md-typeset" + (page ? " md-search-result__article--document" : "");
    if (page) {
      const icon = document.createElement("div");
      icon.className = "md-search-result__icon md-icon";
      article.append(icon);
    }
    const heading = document.createElement(page ? "h1" : "h2");
    heading.textContent = title;
    const p = document.createElement("p");
    p.append(excerpt(text));
    article.append(heading, p);
    a.append(article);
    return a;
  };

  const item = (data) => {
    const li = document.createElement("li");
    li.className = "md-search-result__item";
    const title = (data.meta && data.meta.title) || data.url;
    li.append(link(data.url, title, data.excerpt, true));
    const sections = (data.sub_results || []).filter(
      (sub) => sub.url !== data.url && sub.title !== title);
    for (const sub of sections.slice(0, 3)) li.append(link(sub.url, sub.title, sub.excerpt, false));
    return li;
  };

  const words = (key, count) =>
    (dialog().dataset[key] || "").replace("#", String(count));

  const filters = () => {
    const chosen = {};
    for (const select of document.querySelectorAll("[data-bg-search-filter]")) {
      if (select.value) chosen[select.dataset.bgSearchFilter] = select.value;
    }
    return chosen;
  };

  /* The capitals to choose from, fetched the first time the reader goes to that list. */
  const fillCapitals = () => {
    if (capitals) return;
    capitals = load().then((pagefind) => pagefind.filters()).then((all) => {
      const select = document.querySelector("[data-bg-search-filter='capital']");
      const names = Object.keys((all && all.capital) || {}).sort();
      for (const name of names) select.append(new Option(name, name));
    });
  };

  const show = async (results, list, from) => {
    const more = list.parentElement.querySelector(".bg-search-more");
    if (more) more.remove();
    const page = results.slice(from, from + PAGE);
    const data = await Promise.all(page.map((result) => result.data()));
    for (const one of data) list.append(item(one));
    if (results.length > from + PAGE) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "bg-search-more";
      button.textContent = words("more", results.length - from - PAGE);
      button.addEventListener("click", () => show(results, list, from + PAGE));
      list.after(button);
    }
  };

  const run = async () => {
    const query = field().value.trim();
    const ticket = ++latest;
    const meta = dialog().querySelector(".md-search-result__meta");
    const list = dialog().querySelector(".md-search-result__list");
    if (!query) {
      list.replaceChildren();
      delete list.dataset.query;
      meta.textContent = dialog().dataset.placeholder;
      return;
    }
    const pagefind = await load();
    const found = await pagefind.search(query, { filters: filters() });
    if (ticket !== latest || !found) return;
    const results = found.results;
    list.replaceChildren();
    meta.textContent =
      results.length === 0 ? words("none", 0) :
      results.length === 1 ? words("one", 1) : words("other", results.length);
    await show(results, list, 0);
    list.dataset.query = query;
  };

  const open = () => {
    const box = toggle();
    if (box && !box.checked) box.checked = true;
    load();
  };

  const close = () => {
    const box = toggle();
    if (box) box.checked = false;
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  };

  document.addEventListener("pointerdown", (event) => {
    if (event.target.matches && event.target.matches("[data-bg-search-filter='capital']")) {
      fillCapitals();
    }
  });
  document.addEventListener("focusin", (event) => {
    if (event.target === field()) open();
    if (event.target.matches && event.target.matches("[data-bg-search-filter='capital']")) {
      fillCapitals();
    }
  });
  document.addEventListener("change", (event) => {
    if (event.target === toggle() && toggle().checked) {
      load();
      field().focus();
    }
    if (event.target.matches && event.target.matches("[data-bg-search-filter]")) run();
  });
  document.addEventListener("input", (event) => {
    if (event.target !== field()) return;
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  document.addEventListener("reset", (event) => {
    if (!event.target.closest("[data-bg-search]")) return;
    setTimeout(() => {
      run();
      field().focus();
    });
  });
  document.addEventListener("submit", (event) => {
    if (!event.target.closest("[data-bg-search]")) return;
    event.preventDefault();
    const first = dialog().querySelector(".md-search-result__link");
    if (first) first.click();
  });
  document.addEventListener("click", (event) => {
    if (event.target.closest && event.target.closest(".md-search-result__link")) {
      const box = toggle();
      if (box) box.checked = false;
    }
  });
  document.addEventListener("keydown", (event) => {
    if (event.metaKey || event.ctrlKey || event.altKey) return;
    const box = toggle();
    const active = document.activeElement;
    const typing =
      active && (active.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName));
    if (!box || !box.checked) {
      if ((event.key === "/" || event.key === "s") && !typing) {
        event.preventDefault();
        open();
        field().focus();
        field().select();
      }
      return;
    }
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const links = [...dialog().querySelectorAll(".md-search-result__link")];
      if (!links.length) return;
      event.preventDefault();
      const at = links.indexOf(active);
      const next =
        event.key === "ArrowDown"
          ? at < 0 ? 0 : Math.min(at + 1, links.length - 1)
          : at <= 0 ? -1 : at - 1;
      (next < 0 ? field() : links[next]).focus();
    }
  });
})();
