"""A small document writer over fpdf2: headings, paragraphs, label–value lines and tables, in DejaVu Sans."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

FONTS = Path(__file__).parent / "fonts"
FAMILY = "DejaVu"
HEADING_SIZES = {1: 16, 2: 13, 3: 11}
BODY_SIZE = 9.5
LINE = 5.0


class PdfDocument:
    """One PDF being written; `bytes()` finishes it."""

    def __init__(self, title: str) -> None:
        self.pdf = FPDF(format="A4")
        self.pdf.set_title(title)
        self.pdf.set_creator("Mirano")
        self.pdf.add_font(FAMILY, "", str(FONTS / "DejaVuSans.ttf"))
        self.pdf.add_font(FAMILY, "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.pdf.set_auto_page_break(auto=True, margin=15)
        self.pdf.add_page()
        self.pdf.set_font(FAMILY, size=BODY_SIZE)

    def heading(self, text: str, level: int = 1) -> None:
        self.pdf.ln(2 if level > 1 else 0)
        self.pdf.set_font(FAMILY, "B", HEADING_SIZES.get(level, BODY_SIZE))
        self.pdf.multi_cell(0, LINE + 2, text, new_x="LMARGIN", new_y="NEXT")
        self.pdf.set_font(FAMILY, "", BODY_SIZE)

    def paragraph(self, text: str, bold: bool = False) -> None:
        self.pdf.set_font(FAMILY, "B" if bold else "", BODY_SIZE)
        self.pdf.multi_cell(0, LINE, text, new_x="LMARGIN", new_y="NEXT")
        self.pdf.set_font(FAMILY, "", BODY_SIZE)

    def label_values(self, pairs: Sequence[tuple[str, str]]) -> None:
        for label, value in pairs:
            self.pdf.set_font(FAMILY, "B", BODY_SIZE)
            self.pdf.write(LINE, f"{label}: ")
            self.pdf.set_font(FAMILY, "", BODY_SIZE)
            self.pdf.write(LINE, value)
            self.pdf.ln(LINE)

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]) -> None:
        """A table whose rows wrap; `widths` are relative column widths."""
        self.pdf.set_font(FAMILY, "", BODY_SIZE - 1.5)
        with self.pdf.table(
            col_widths=tuple(widths),
            headings_style=FontFace(emphasis="BOLD", fill_color=(230, 230, 230)),
            line_height=LINE - 0.8,
            text_align="LEFT",
        ) as table:
            head = table.row()
            for cell in headers:
                head.cell(cell)
            for row in rows:
                line = table.row()
                for cell in row:
                    line.cell(breakable(cell))
        self.pdf.set_font(FAMILY, "", BODY_SIZE)
        self.pdf.ln(2)

    def bytes(self) -> bytes:
        return bytes(self.pdf.output())


def breakable(text: str, longest: int = 40) -> str:
    """Long unbroken runs (hashes, URLs) get spaces every `longest` characters so a narrow cell can wrap them."""
    words = []
    for word in str(text).split(" "):
        while len(word) > longest:
            words.append(word[:longest])
            word = word[longest:]
        words.append(word)
    return " ".join(words)
