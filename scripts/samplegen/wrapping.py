"""Greedy word wrapping by rendered width (no hyphenation, words never split)."""
from reportlab.pdfbase.pdfmetrics import stringWidth


def fits(word, font, size, width):
    return stringWidth(word, font, size) <= width


def wrap(text, font, size, width):
    """One paragraph -> list of lines. Raises if a single word is wider than `width`."""
    lines, line = [], ""
    for word in text.split():
        if not fits(word, font, size, width):
            raise ValueError(f"word {word!r} wider than {width:.1f}pt at {size}pt")
        trial = f"{line} {word}" if line else word
        if line and not fits(trial, font, size, width):
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines


def wrap_paragraphs(paras, font, size, width, gap=True):
    """Paragraphs -> lines, with an empty line between paragraphs when gap is set."""
    out = []
    for i, p in enumerate(paras):
        if i and gap:
            out.append("")
        out.extend(wrap(p, font, size, width))
    return out


def shrink_to_fit(paras, font, size, width, smallest=4.0):
    """Largest size <= size at which every word fits in width."""
    words = [w for p in paras for w in p.split()]
    while size > smallest and not all(fits(w, font, size, width) for w in words):
        size = round(size - 0.25, 2)
    return size
