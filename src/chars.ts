// Character sets for the hot loops: a table indexed by UTF-16 code, so a lookup is one array read and reading a
// character allocates nothing (text[i] of a Chinese character makes a new string in V8; charCodeAt does not).

/** A set of characters of the Basic Multilingual Plane: table[text.charCodeAt(i)] is 1 for a member. */
export function charTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(65536);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}
