"""The read stage's readers for marked-up drafts: Markdown, HTML and DOCX become analysed text plus an offset map.

Every reader builds `Document.text` with a `TextBuilder`, which records, for each character of the
analysed text, the offset of the character in the original file it came from. Paragraphs come
from the markup (a Markdown block, an HTML block element, a DOCX paragraph), not from guessing.

A block quotation (`>` in Markdown, `<blockquote>` in HTML, a "Quote" paragraph style in DOCX)
with no quotation marks of its own is wrapped in synthetic “ ” so the quote finder sees it; the
opening mark maps to the block's marker in the original file and the report marks it `block`.
Comments of the form `<!-- quoteguard: disable|enable|disable-next [rule ...] -->` become
`Directive`s (see `suppress.py`).

`builder` holds what the readers share (`TextBuilder`, `Built`, `Directive`, `FormatError`); `html`,
`markdown` and `docx` hold one reader each. Import names from the module that defines them.
"""
