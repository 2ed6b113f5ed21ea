"""A spaCy component: a sentence never runs across a line break.

News text puts headlines, captions and bylines on lines of their own; the parser, left
alone, joins them to the next paragraph's first sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

NAME = "newsgraph_line_breaks"


@Language.component(NAME)
def line_breaks(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if ("\n" in previous.text_with_ws and not token.is_space) or (
            previous.is_space and "\n" in previous.text
        ):
            token.is_sent_start = True
    return doc
