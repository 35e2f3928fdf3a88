#!/usr/bin/env python3
"""Reads an 8-bit PNG (grey, RGB, with or without alpha) and prints its size and where its ink
is: "size W H" and "ink X0 Y0 X1 Y1" (the bounding box of pixels darker than paper, in pixels
from the top-left corner, X1 and Y1 exclusive), or "ink none". With a box "X0,Y0,X1,Y1" as
second argument it also prints "inside N" and "outside N", the dark pixels in and out of it.
The standard library only: zlib and the five PNG filters."""
import struct
import sys
import zlib

DARK = 160  # a pixel any channel of which is below this is ink, not paper or anti-aliased haze


def read_png(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit("not a PNG: " + path)
    at, idat, header = 8, b"", None
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        at += 12 + length
    width, height, depth, colour, _, _, interlace = header
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace:
        sys.exit("unsupported PNG (depth %d, colour type %d, interlace %d)" % (depth, colour, interlace))
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = previous[i]
            c = previous[i - channels] if i >= channels else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        previous = line
    colour_channels = 1 if colour in (0, 4) else 3
    return width, height, rows, channels, colour_channels


def main():
    width, height, rows, channels, colour_channels = read_png(sys.argv[1])
    box = [int(v) for v in sys.argv[2].split(",")] if len(sys.argv) > 2 else None
    print("size %d %d" % (width, height))
    x0, y0, x1, y1 = width, height, 0, 0
    inside = outside = 0
    for y, line in enumerate(rows):
        for x in range(width):
            px = line[x * channels:x * channels + colour_channels]
            if min(px) >= DARK:
                continue
            x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x + 1), max(y1, y + 1)
            if box:
                if box[0] <= x < box[2] and box[1] <= y < box[3]:
                    inside += 1
                else:
                    outside += 1
    print("ink none" if x1 == 0 else "ink %d %d %d %d" % (x0, y0, x1, y1))
    if box:
        print("inside %d" % inside)
        print("outside %d" % outside)


main()
