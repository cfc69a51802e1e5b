#!/usr/bin/env python3
"""Open-loop load on POST /decide of a running engine (./engine local), Python 3 standard library only.

Usage: decide-load.py [--url http://127.0.0.1:8080] [--rate 500] [--seconds 60] [--connections 32]
                      [--token TOKEN] [--time-from 2023-09-20]

Each of the keep-alive connections sends its share of the rate on a fixed schedule; a request's
latency is measured from its scheduled start, so a server that falls behind shows its queue
instead of hiding it (no coordinated omission). Bodies rotate over 8 sample coins and 240 hours.
Prints the request count, p50/p99/p99.9/max latency and the number of non-200 answers.
"""
import argparse
import http.client
import json
import threading
import time
import urllib.parse

COINS = ["BTCUSDT", "ETHUSDT", "SOLUSDT", "ADAUSDT", "XRPUSDT", "DOGEUSDT", "DOTUSDT", "LTCUSDT"]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--url", default="http://127.0.0.1:8080")
    p.add_argument("--rate", type=int, default=500)
    p.add_argument("--seconds", type=float, default=60)
    p.add_argument("--connections", type=int, default=32)
    p.add_argument("--token", default="")
    p.add_argument("--time-from", default="2023-09-20")
    a = p.parse_args()
    url = urllib.parse.urlparse(a.url)
    headers = {"Content-Type": "application/json"}
    if a.token:
        headers["Authorization"] = "Bearer " + a.token
    day0 = int(a.time_from[-2:])
    prefix = a.time_from[:-2]
    latencies, errors, lock = [], [0], threading.Lock()
    start = time.perf_counter() + 0.5
    per_connection = a.rate / a.connections

    def connect():
        return http.client.HTTPConnection(url.hostname, url.port or 80, timeout=10)

    def worker(k):
        conn, mine, failed = connect(), [], 0
        for i in range(int(a.seconds * per_connection)):
            scheduled = start + (i + k / a.connections) / per_connection
            wait = scheduled - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
            hour = (i * a.connections + k) % 240
            body = json.dumps({
                "symbol": COINS[(i + k) % len(COINS)],
                "time": "%s%02dT%02d:00:00Z" % (prefix, day0 + hour // 24, hour % 24),
            })
            try:
                conn.request("POST", "/decide", body, headers)
                response = conn.getresponse()
                response.read()
                ok = response.status == 200
            except (OSError, http.client.HTTPException):
                ok, conn = False, connect()
            mine.append(time.perf_counter() - scheduled)
            failed += 0 if ok else 1
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(a.connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    latencies.sort()
    n = len(latencies)
    ms = lambda q: latencies[min(n - 1, int(n * q))] * 1e3
    print("decide open loop %d/s for %.0f s over %d connections: %d requests in %.1f s, "
          "p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.1f ms, non-200 %d"
          % (a.rate, a.seconds, a.connections, n, time.perf_counter() - start,
             ms(0.5), ms(0.99), ms(0.999), latencies[-1] * 1e3, errors[0]))


if __name__ == "__main__":
    main()
