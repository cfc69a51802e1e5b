/**
 * Honest out-of-sample validation: purged K-fold with embargo, walk-forward windows, combinatorial
 * purged cross-validation with backtest paths, classification and trading metrics, and the
 * probabilistic, deflated and minimum-track-record statistics of the Sharpe ratio. Formulas and
 * references are in {@code docs/validation.md}.
 *
 * <p>Samples are indexed {@code 0..n-1} in the order of their label start; every splitter returns
 * sorted index arrays into that order.
 */
package dev.coinengine.core.validation;
