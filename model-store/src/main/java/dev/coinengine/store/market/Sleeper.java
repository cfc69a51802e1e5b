package dev.coinengine.store.market;

import java.time.Duration;

/** Waits; injected so that budget and backoff can be tested without real time passing. */
@FunctionalInterface
public interface Sleeper {

  Sleeper SYSTEM =
      duration -> {
        if (!duration.isZero() && !duration.isNegative()) {
          Thread.sleep(duration.toMillis());
        }
      };

  void sleep(Duration duration) throws InterruptedException;
}
