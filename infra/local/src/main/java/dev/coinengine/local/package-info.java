/** The one-machine deployment and the {@code ./engine} command line. */
package dev.coinengine.local;
