"""Independent reference values for SharpeStatistics (PSR, DSR, MinTRL) and the return moments.

Run from this folder:  python3 sharpe_reference.py
Writes sharpe_reference.csv and returns_sample.csv next to this script. Needs numpy and scipy.

Formulas: Bailey & Lopez de Prado, "The Sharpe Ratio Efficient Frontier", Journal of Risk 15(2),
2012 (PSR, MinTRL) and "The Deflated Sharpe Ratio", Journal of Portfolio Management 40(5), 2014
(expected maximum Sharpe, DSR). All Sharpe ratios are per observation (not annualised), kurtosis
is the non-excess kurtosis (3 for a normal distribution).
"""
import csv
import math
import os

import numpy as np
from scipy import stats

EULER_GAMMA = np.euler_gamma
HERE = os.path.dirname(os.path.abspath(__file__))


def psr(sr, benchmark, n, skew, kurt):
    denom = math.sqrt(1.0 - skew * sr + (kurt - 1.0) / 4.0 * sr * sr)
    return stats.norm.cdf((sr - benchmark) * math.sqrt(n - 1.0) / denom)


def expected_max_sharpe(trial_variance, trials):
    if trials == 1:
        return 0.0
    return math.sqrt(trial_variance) * (
        (1.0 - EULER_GAMMA) * stats.norm.ppf(1.0 - 1.0 / trials)
        + EULER_GAMMA * stats.norm.ppf(1.0 - 1.0 / (trials * math.e)))


def min_trl(sr, benchmark, skew, kurt, confidence):
    z = stats.norm.ppf(confidence)
    return 1.0 + (1.0 - skew * sr + (kurt - 1.0) / 4.0 * sr * sr) * (z / (sr - benchmark)) ** 2


rows = []


def row(case, statistic, expected, sr="", benchmark="", n="", skew="", kurt="", trials="",
        variance="", confidence=""):
    rows.append([case, statistic, sr, benchmark, n, skew, kurt, trials, variance, confidence,
                 repr(float(expected))])


# Numerical example of the 2014 DSR paper: best of N=100 trials, annualised SR 2.5 over five years of
# daily returns (T=1250, 250 days a year), variance of the annualised trial Sharpes 0.5,
# skewness -3, kurtosis 10. The paper reports SR0 ~ 0.1132 (daily) and DSR ~ 0.9004.
sr_daily = 2.5 / math.sqrt(250.0)
var_daily = 0.5 / 250.0
sr0 = expected_max_sharpe(var_daily, 100)
row("dsr-paper", "expected-max-sharpe", sr0, trials=100, variance=var_daily)
row("dsr-paper", "dsr", psr(sr_daily, sr0, 1250, -3.0, 10.0), sr=sr_daily, n=1250, skew=-3.0,
    kurt=10.0, trials=100, variance=var_daily)

psr_cases = [
    ("psr-normal", 0.1, 0.0, 250, 0.0, 3.0),
    ("psr-fat-left-tail", 0.15, 0.05, 500, -1.5, 8.0),
    ("psr-monthly-short", 0.458, 0.0, 24, -2.448, 10.164),
    ("psr-below-benchmark", 0.02, 0.05, 1000, 0.3, 4.0),
]
for case, sr, bench, n, sk, ku in psr_cases:
    row(case, "psr", psr(sr, bench, n, sk, ku), sr=sr, benchmark=bench, n=n, skew=sk, kurt=ku)

mintrl_cases = [
    ("mintrl-normal", 0.1, 0.0, 0.0, 3.0, 0.95),
    ("mintrl-fat-left-tail", 0.458, 0.2, -2.448, 10.164, 0.95),
    ("mintrl-strict", 0.05, 0.0, -0.5, 6.0, 0.99),
]
for case, sr, bench, sk, ku, conf in mintrl_cases:
    row(case, "min-trl", min_trl(sr, bench, sk, ku, conf), sr=sr, benchmark=bench, skew=sk,
        kurt=ku, confidence=conf)

for case, trials, variance in [("emax-10", 10, 0.01), ("emax-1000", 1000, 0.0004),
                               ("emax-1", 1, 0.01)]:
    row(case, "expected-max-sharpe", expected_max_sharpe(variance, trials), trials=trials,
        variance=variance)

# A fixed fat-tailed return sample: per-observation Sharpe (sample std, ddof=1), bias-corrected
# sample skewness and kurtosis (the estimators commons-math3 implements), and PSR(0) from them.
rng = np.random.default_rng(20140501)
returns = 0.0004 + 0.01 * rng.standard_t(df=4, size=750)
sr_sample = returns.mean() / returns.std(ddof=1)
skew_sample = stats.skew(returns, bias=False)
kurt_sample = stats.kurtosis(returns, fisher=False, bias=False)
row("returns-sample", "sharpe", sr_sample, n=len(returns))
row("returns-sample", "skewness", skew_sample, n=len(returns))
row("returns-sample", "kurtosis", kurt_sample, n=len(returns))
row("returns-sample", "psr", psr(sr_sample, 0.0, len(returns), skew_sample, kurt_sample),
    n=len(returns))

with open(os.path.join(HERE, "returns_sample.csv"), "w", newline="") as f:
    for r in returns:
        f.write(repr(float(r)) + "\n")

with open(os.path.join(HERE, "sharpe_reference.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["case", "statistic", "sr", "benchmark", "observations", "skewness", "kurtosis",
                "trials", "trial_variance", "confidence", "expected"])
    w.writerows(rows)

for r in rows:
    print(r[0], r[1], r[-1])
