package dev.coinengine.local;

/** A problem with the command line or its input that the user can fix; printed without a trace. */
final class UserError extends RuntimeException {
  UserError(String message) {
    super(message);
  }
}
