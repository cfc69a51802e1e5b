/**
 * The training queue worker. The training loop arrives with the training issue; this module only
 * holds the package so the module arrows are in place.
 */
package dev.coinengine.runner;
