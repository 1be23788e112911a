#!/usr/bin/env python3
"""EXPERIMENT: train learned.ts's model, an L1 logistic regression over the word features dump.ts writes
for PolNeAR train, and print it as JSON {bias, threshold, weights: [[feature, weight], ...]}.

Usage (needs scikit-learn; Debian: apt-get install python3-sklearn, then run Debian's /usr/bin/python3):
  npx tsx scripts/experiments/learned-cues/dump.ts polnear-train > /tmp/train.jsonl
  /usr/bin/python3 scripts/experiments/learned-cues/train.py /tmp/train.jsonl > /tmp/model.json
Features seen fewer than MIN_COUNT times are dropped. The decision threshold is the default 0.5, not tuned.
"""
import collections
import json
import sys

from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

MIN_COUNT = 2
PRUNE = 0.001
C = 1.0

rows = [json.loads(line) for line in open(sys.argv[1])]
counts = collections.Counter(f for r in rows for f in r["f"])
vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= MIN_COUNT))}
data, ind, ptr = [], [], [0]
for r in rows:
    cols = sorted({vocab[f] for f in r["f"] if f in vocab})
    ind.extend(cols)
    data.extend([1.0] * len(cols))
    ptr.append(len(ind))
X = csr_matrix((data, ind, ptr), shape=(len(rows), len(vocab)))
y = [r["y"] for r in rows]
clf = LogisticRegression(C=C, penalty="l1", max_iter=500, solver="liblinear")
clf.fit(X, y)
weights = [(f, round(float(clf.coef_[0][i]), 3)) for f, i in vocab.items() if abs(clf.coef_[0][i]) >= PRUNE]
weights.sort()
print(f"words {len(rows)}, positives {sum(y)}, features {len(vocab)}, exported {len(weights)}", file=sys.stderr)
json.dump({"bias": float(clf.intercept_[0]), "threshold": 0.5, "weights": weights}, sys.stdout)
