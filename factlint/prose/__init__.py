"""Prose extractors for marked-up articles (Markdown, HTML), registered in ``factlint.formats``.

Each extractor returns text as long as its source in which only the prose survives: markup,
code, URLs and front matter become spaces, line breaks stay where they are, so an offset in the
prose is the same offset in the original file.
"""
