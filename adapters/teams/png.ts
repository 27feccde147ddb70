// Tiny PNG writer for the app package icons, so no binary files need committing: RGBA pixels,
// one IDAT chunk, zlib from Node.
import { deflateSync } from 'node:zlib'

export type Pixel = [number, number, number, number]

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length)
  out.writeUInt32BE(data.length, 0)
  out.write(type, 4, 'ascii')
  Buffer.from(data).copy(out, 8)
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length)
  return out
}

export function encodePng(width: number, height: number, pixel: (x: number, y: number) => Pixel): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 6 // RGBA
  const raw = Buffer.alloc(height * (1 + width * 4))
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 4)
    raw[row] = 0 // no filter
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), row + 1 + x * 4)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ])
}

/** A "T" with a tick under its bar, in a unit square: true where the glyph is drawn. */
function glyph(u: number, v: number): boolean {
  const bar = v >= 0.2 && v < 0.34 && u >= 0.18 && u < 0.82
  const stem = u >= 0.43 && u < 0.57 && v >= 0.2 && v < 0.82
  return bar || stem
}

export const ACCENT = '#2F6FEB'
const ACCENT_RGB: Pixel = [0x2f, 0x6f, 0xeb, 255]
const WHITE: Pixel = [255, 255, 255, 255]
const CLEAR: Pixel = [0, 0, 0, 0]

/** 192×192 full-colour icon: white glyph on the accent colour. */
export function colorIcon(): Buffer {
  return encodePng(192, 192, (x, y) => (glyph((x + 0.5) / 192, (y + 0.5) / 192) ? WHITE : ACCENT_RGB))
}

/** 32×32 outline icon: white glyph on transparent, as Teams requires. */
export function outlineIcon(): Buffer {
  return encodePng(32, 32, (x, y) => (glyph((x + 0.5) / 32, (y + 0.5) / 32) ? WHITE : CLEAR))
}
