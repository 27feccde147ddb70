// Reads a PNG the way a viewer would: the signature, the IHDR header, then a full decode to pixels (through @napi-rs/image, a decoder separate from the code that drew it).
import { Transformer } from '@napi-rs/image'

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

export interface DecodedPng {
  width: number
  height: number
  /** RGB or RGBA, row by row. */
  pixels: Uint8Array
  channels: number
}

export async function decodePng(bytes: Uint8Array): Promise<DecodedPng> {
  if (!SIGNATURE.every((b, i) => bytes[i] === b)) throw new Error('not a PNG: the signature is wrong')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') throw new Error('not a PNG: no IHDR first')
  const width = view.getUint32(16)
  const height = view.getUint32(20)
  const pixels = await new Transformer(bytes).rawPixels()
  const channels = pixels.length / (width * height)
  if (channels !== 3 && channels !== 4)
    throw new Error(`decoded ${pixels.length} bytes for ${width}x${height}`)
  return { width, height, pixels: new Uint8Array(pixels), channels }
}

/** How many pixels are within `tolerance` of the colour '#rrggbb' on each channel. */
export function countColour(png: DecodedPng, hex: string, tolerance = 12): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number]
  let n = 0
  for (let i = 0; i < png.pixels.length; i += png.channels) {
    const p = png.pixels
    if (
      Math.abs(p[i]! - r) <= tolerance &&
      Math.abs(p[i + 1]! - g) <= tolerance &&
      Math.abs(p[i + 2]! - b) <= tolerance
    )
      n++
  }
  return n
}
