package dev.coinengine.store.registry;

/** Called between the artifact upload and the row commit, so tests can kill a runner there. */
@FunctionalInterface
interface RegistrationProbe {
  RegistrationProbe NONE = version -> {};

  void artifactWritten(ModelVersion version);
}
