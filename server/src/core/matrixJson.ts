// `journey/matrix` written as JSON text: what JSON.stringify(toMatrixModel(analysis)) writes,
// but ASCII only and cheap to write again after an edit. At 10,000 pieces the model is 3 MB of
// JSON; writing it afresh per request, as two-byte text once a single title has an em dash, and
// parsing it as such on the other side made the request miss its budget (docs/performance.md).
// - Each piece's JSON is kept, per Piece: the incremental analysis keeps the Piece of every
//   item an edit did not touch (moving its spans in place) and reads a touched item anew.
//   An edit above a piece moves its line, which is rewritten then.
// - Every non-ASCII character is a \u escape, so the text is one byte per character: V8
//   writes, sends and parses that much faster than two-byte text.
import type { Analysis } from './analyze';
import { pieceLines, toMatrixCell, toMatrixHead, toMatrixPiece, toMatrixSummary } from './matrixModel';
import type { Piece } from './plan';
import { detach } from './strings';

export class MatrixJsonWriter {
  /** Each piece's JSON as last written, its line last. */
  private readonly written = new WeakMap<Piece, string>();

  /**
   * The model's JSON text in chunks, a cell's JSON about each: joined, they are the text. A
   * transport writes them out one by one and never builds the 3 MB string (large strings are
   * what makes the garbage collector work).
   */
  write(analysis: Analysis): string[] {
    const head = asciiJson(JSON.stringify(toMatrixHead(analysis)));
    const summary = asciiJson(JSON.stringify(toMatrixSummary(analysis)));
    const lineOfPiece = pieceLines(analysis);
    const chunks = [head.slice(0, -1) + ',"cells":['];
    analysis.matrix.cells.forEach((cell, k) => {
      // The cell up to its content's `[`: content is its last field.
      const open = asciiJson(JSON.stringify(toMatrixCell(cell, [])));
      const content = cell.pieces.map((piece) => this.pieceJson(piece, lineOfPiece[piece.index]));
      chunks.push(`${k === 0 ? '' : ','}${open.slice(0, -2)}${content.join(',')}]}`);
    });
    chunks.push('],' + summary.slice(1));
    return chunks;
  }

  private pieceJson(piece: Piece, line: number): string {
    const kept = this.written.get(piece);
    if (kept !== undefined && lineWritten(kept) === line) return kept;
    // New, or moved by an edit above it.
    const json = asciiJson(JSON.stringify(toMatrixPiece(piece, line)));
    this.written.set(piece, json);
    return json;
  }
}

/** The line a piece's JSON ends with, `…"line":12}`, read without making a string. */
function lineWritten(json: string): number {
  let line = 0;
  for (let i = json.lastIndexOf(':') + 1; i < json.length - 1; i++) line = line * 10 + json.charCodeAt(i) - 48;
  return line;
}

const NON_ASCII = /[\u0080-\uffff]/;
const NON_ASCII_ALL = new RegExp(NON_ASCII.source, 'g');

/**
 * JSON text with every non-ASCII character (UTF-16 unit) written as a \u escape: the same JSON,
 * and one byte per character. Text that is ASCII already is returned as it is: what
 * JSON.stringify writes is a flat string, one-byte when the strings in it are (strings.ts).
 */
export function asciiJson(json: string): string {
  if (!NON_ASCII.test(json)) return json;
  return detach(json.replace(NON_ASCII_ALL, (unit) => '\\u' + unit.charCodeAt(0).toString(16).padStart(4, '0')));
}
