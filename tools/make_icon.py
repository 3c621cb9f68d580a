"""Draw Concord's application icon with QPainter: resources/icons/concord.png (256 px) and a
multi-size concord.ico (16..256 px, PNG-compressed entries) for the Windows exe and installer.

python tools/make_icon.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPen  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    """Three levels of a plan linked top to bottom: one node above two, above three."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor("#1f4e79")))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    levels = [[128], [80, 176], [56, 128, 200]]
    rows = [70, 132, 194]
    pen = QPen(QColor("#9cc3e6"), max(1.0, 10 * s))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    for upper, lower, y0, y1 in zip(levels, levels[1:], rows, rows[1:], strict=False):
        for x1 in lower:
            x0 = min(upper, key=lambda x: abs(x - x1))
            p.drawLine(QPointF(x0 * s, y0 * s), QPointF(x1 * s, y1 * s))
    p.setPen(Qt.PenStyle.NoPen)
    colours = ["#ffffff", "#ffd966", "#a9d18e"]
    for xs, y, colour in zip(levels, rows, colours, strict=False):
        p.setBrush(QBrush(QColor(colour)))
        for x in xs:
            p.drawEllipse(QPointF(x * s, y * s), 24 * s, 24 * s)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico_bytes(images: list[bytes], sizes: tuple[int, ...]) -> bytes:
    """An ICO container of PNG entries (Windows Vista and later read these at every size)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in zip(sizes, images, strict=True):
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    out = ROOT / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    pngs = [png_bytes(draw(size)) for size in SIZES]
    (out / "concord.png").write_bytes(pngs[-1])
    (out / "concord.ico").write_bytes(ico_bytes(pngs, SIZES))
    print(f"wrote {out / 'concord.png'} and {out / 'concord.ico'} ({', '.join(map(str, SIZES))} px)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
