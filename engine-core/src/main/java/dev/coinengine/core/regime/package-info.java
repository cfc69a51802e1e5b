/** Point-in-time market regimes (TREND, RANGE, PANIC) by documented rules. */
package dev.coinengine.core.regime;
