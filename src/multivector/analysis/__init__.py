"""multivector.analysis: the multi-vector balance of a country (docs/balance.md)."""

from multivector.analysis.api import balance
from multivector.analysis.balance import (
    Balance, Concentration, PartnerFigures, PeriodBalance, Tilt, compute_balance,
    concentration_of,
)
from multivector.analysis.blocs import DEFAULT_BLOCS, DEFAULT_PARTNERS, parse_bloc_specs, parse_codes
from multivector.analysis.bootstrap import Change, ChangeEstimate

__all__ = [
    "DEFAULT_BLOCS", "DEFAULT_PARTNERS", "Balance", "Change", "ChangeEstimate", "Concentration",
    "PartnerFigures", "PeriodBalance", "Tilt", "balance", "compute_balance", "concentration_of",
    "parse_bloc_specs", "parse_codes",
]
