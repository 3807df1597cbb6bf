#!/usr/bin/env python3
"""Turns an entity list and its text into a BIO file (one character and its tag a line, a blank line after each line
of text), the format of ../shared/ner/. Usage: tools/ner-annotate.py TEXT ENTITIES OUT.bio

ENTITIES: TYPE<TAB>surface[<TAB>context] lines (PER, LOC, ORG; # starts a comment). Every occurrence of a surface is
tagged, longest surface first, never over a character already tagged; an entry with a context tags the surface only
inside occurrences of that context, before the others. A space is written as a no-break space (U+00A0: the BIO reader
splits lines on spaces), so a byline keeps the gap between its names. Every entry must tag something: a surface that is
not in the text is an error (a typo in the list)."""
import sys


def main(text_path, entities_path, out_path):
    lines = open(text_path, encoding='utf-8').read().split('\n')
    entries = []
    for raw in open(entities_path, encoding='utf-8'):
        raw = raw.rstrip('\n')
        if not raw.strip() or raw.startswith('#'):
            continue
        f = raw.split('\t')
        if f[0] not in ('PER', 'LOC', 'ORG') or len(f) < 2:
            sys.exit('bad line: ' + raw)
        entries.append((f[0], f[1], f[2] if len(f) > 2 else None))
    tags = [['O'] * len(l) for l in lines]
    used = {e: 0 for e in entries}

    def mark(li, start, typ, surface):
        end = start + len(surface)
        if any(t != 'O' for t in tags[li][start:end]):
            return False
        for k in range(start, end):
            tags[li][k] = ('B-' if k == start else 'I-') + typ
        return True

    ordered = [e for e in entries if e[2]] + sorted([e for e in entries if not e[2]], key=lambda e: -len(e[1]))
    for e in ordered:
        typ, surface, context = e
        for li, line in enumerate(lines):
            if context:
                at = line.find(context)
                while at >= 0:
                    inner = context.find(surface)
                    if inner >= 0 and mark(li, at + inner, typ, surface):
                        used[e] += 1
                    at = line.find(context, at + 1)
            else:
                at = line.find(surface)
                while at >= 0:
                    if mark(li, at, typ, surface):
                        used[e] += 1
                    at = line.find(surface, at + 1)
    missing = [e for e in entries if used[e] == 0]
    if missing:
        sys.exit('entries that tag nothing: ' + repr(missing))
    with open(out_path, 'w', encoding='utf-8') as out:
        for li, line in enumerate(lines):
            if not line.strip():
                continue
            for ch, tag in zip(line, tags[li]):
                if ch.isspace():
                    # The reader splits on spaces; a no-break space keeps a byline's gap between two names.
                    ch = '\u00a0'
                out.write(ch + '\t' + tag + '\n')
            out.write('\n')
    counts = {}
    for row in tags:
        for t in row:
            if t.startswith('B-'):
                counts[t[2:]] = counts.get(t[2:], 0) + 1
    print(out_path, 'mentions', dict(sorted(counts.items())), 'entries', len(entries))


if __name__ == '__main__':
    main(*sys.argv[1:4])
