#!/usr/bin/env python3
"""Validate and count inline annotations in the NN-*.txt files."""
import re, sys, glob, os
from collections import Counter, defaultdict
ANN = re.compile(r'\[([^\]|\[]+)\|([plo])\|([a-z0-9_]+)\]')
# Usage: check.py [FOLDER [MAX_WORDS]]; by default this folder and the news set's 350 words.
os.chdir(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
max_words = int(sys.argv[2]) if len(sys.argv) > 2 else 350
files = sorted(glob.glob('[0-9][0-9]-*.txt'))
total = Counter(); ok = True; rows = []
for f in files:
    text = open(f, encoding='utf-8').read()
    kinds = defaultdict(set); c = Counter()
    for m in ANN.finditer(text):
        kinds[m.group(3)].add(m.group(2)); c[m.group(2)] += 1
        if m.group(1) != m.group(1).strip():
            print(f, 'whitespace in mention', m.group(0)); ok = False
    plain = ANN.sub(lambda m: m.group(1), text)
    for ch in '[]|':
        if ch in plain:
            i = plain.index(ch); print(f, 'malformed bracket near:', repr(plain[max(0,i-40):i+40])); ok = False
    for k, ks in kinds.items():
        if len(ks) > 1: print(f, 'key with several kinds:', k, ks); ok = False
    words = len(plain.split())
    if not (180 <= words <= max_words): print(f, 'word count out of range:', words); ok = False
    total.update(c); rows.append((f, words, c['p'], c['l'], c['o']))
for r in rows: print('%-40s words=%3d p=%3d l=%3d o=%3d' % r)
print('files:', len(files), 'total p=%d l=%d o=%d all=%d' % (total['p'], total['l'], total['o'], sum(total.values())))
print('OK' if ok else 'PROBLEMS'); sys.exit(0 if ok else 1)
