"""The parse stage: one source text in, an immutable ``Event`` out, touching no files.

``source`` turns bytes into trusted text; ``header`` reads the header zone (title, date,
place); ``body`` the sections and their points; ``people_blocks`` and ``names`` the people;
``dates`` and ``capitals`` the values; ``model`` holds the result and ``json_view`` the
public ``parse --json`` form of it.
"""
