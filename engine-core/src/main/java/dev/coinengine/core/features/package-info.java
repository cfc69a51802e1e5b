/**
 * Point-in-time features of a coin computed from its bars and the BTCUSDT and ETHUSDT context bars,
 * identical in training and serving. See {@code docs/features.md}.
 */
package dev.coinengine.core.features;
