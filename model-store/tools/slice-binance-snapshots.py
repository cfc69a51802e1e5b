#!/usr/bin/env python3
"""Cuts the small Binance snapshot fixture shipped in model-store out of the full snapshots.

Usage: slice-binance-snapshots.py <snapshot-dir> <out-dir>

Only whole entries of the "symbols" array (exchangeInfo) or of the top-level array (24h ticker)
are removed. Every kept entry keeps its exact original bytes, and so does everything around the
array (timezone, serverTime, rateLimits, exchangeFilters). The gzip header carries no name and
mtime 0, so the output is reproducible byte for byte.
"""
import gzip
import json
import pathlib
import sys

SYMBOLS = [
    # majors and large caps
    "BTCUSDT", "ETHUSDT", "BNBUSDT", "SOLUSDT", "XRPUSDT", "ADAUSDT", "DOGEUSDT", "LTCUSDT",
    "LINKUSDT", "DOTUSDT", "TRXUSDT", "MATICUSDT", "AVAXUSDT", "ATOMUSDT", "FETUSDT", "PEPEUSDT",
    # the rest of the bundled kline sample (infra/local/sample), so every sample coin has filters
    "UNIUSDT", "LUNCUSDT", "OPUSDT", "YFIIUSDT", "FILUSDT", "APTUSDT", "NEARUSDT",
    # stablecoins against USDT
    "USDCUSDT", "FDUSDUSDT", "TUSDUSDT", "BUSDUSDT", "USDPUSDT",
    # halted (status BREAK in 2023-09-08) and leveraged tokens (MAX_POSITION filter)
    "FTTUSDT", "PAXUSDT", "BCCUSDT", "BCCBTC", "BTCUPUSDT", "BTCDOWNUSDT",
    # other quote assets
    "ETHBTC", "BNBBTC", "LTCBTC", "ETHBUSD", "BTCFDUSD", "BTCEUR", "BTCTRY",
    # listed after 2023-09-08: in the 2024-03-10 ticker only
    "1000SATSUSDT", "AIUSDT", "ACEUSDT",
    # listed after 2024-03-10: in the 2024-09-08 exchangeInfo only
    "AEVOUSDT",
    # in the 2021-04-29 exchangeInfo but no longer in the 2024-03-10 ticker
    "NEBLETH", "DGBBNB",
]

FILES = {
    "spot-exchangeInfo-2021-04-29.json.gz": "symbols",
    "spot-exchangeInfo-2023-09-08.json.gz": "symbols",
    "spot-exchangeInfo-2024-09-08-tradingonly.json.gz": "symbols",
    "spot-ticker24hr-2024-03-10.json.gz": None,
}

DECODER = json.JSONDecoder()
WHITESPACE = " \t\r\n"


def skip_ws(text, i):
    while text[i] in WHITESPACE:
        i += 1
    return i


def array_start(text, key):
    """Index just after the '[' of the top-level array, or of the array under `key`."""
    if key is None:
        i = skip_ws(text, 0)
        assert text[i] == "[", "top level is not an array"
        return i + 1
    marker = text.index('"' + key + '"')
    i = skip_ws(text, marker + len(key) + 2)
    assert text[i] == ":"
    i = skip_ws(text, i + 1)
    assert text[i] == "["
    return i + 1


def slice_array(text, key, keep):
    start = array_start(text, key)
    spans = []
    i = skip_ws(text, start)
    while text[i] != "]":
        entry, end = DECODER.raw_decode(text, i)
        spans.append((entry["symbol"], i, end))
        i = skip_ws(text, end)
        if text[i] == ",":
            i = skip_ws(text, i + 1)
    close = i
    # reuse the original separator and indentation between entries
    sep = text[spans[0][2] : spans[1][1]] if len(spans) > 1 else ","
    lead = text[start : spans[0][1]] if spans else ""
    tail = text[spans[-1][2] : close] if spans else ""
    kept = [text[b:e] for (sym, b, e) in spans if sym in keep]
    return text[:start] + lead + sep.join(kept) + tail + text[close:], len(spans), len(kept)


def main(src, out):
    src, out = pathlib.Path(src), pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    keep = set(SYMBOLS)
    for name, key in FILES.items():
        text = gzip.decompress((src / name).read_bytes()).decode("utf-8")
        sliced, total, kept = slice_array(text, key, keep)
        json.loads(sliced)  # still valid JSON
        (out / name).write_bytes(gzip.compress(sliced.encode("utf-8"), compresslevel=9, mtime=0))
        print(f"{name}: kept {kept} of {total} entries, {len(sliced)} bytes")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
