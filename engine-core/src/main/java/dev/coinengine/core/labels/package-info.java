/** Training labels: forward return over a horizon, net of the round-trip cost, with label spans. */
package dev.coinengine.core.labels;
