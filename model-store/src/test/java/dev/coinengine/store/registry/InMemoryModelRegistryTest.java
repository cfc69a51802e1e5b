package dev.coinengine.store.registry;

import dev.coinengine.store.object.InMemoryObjectStore;
import dev.coinengine.store.object.ObjectStore;
import dev.coinengine.store.queue.ManualClock;

class InMemoryModelRegistryTest extends ModelRegistryContract {
  private InMemoryObjectStore store;
  private InMemoryModelRegistry first;

  @Override
  protected ModelRegistry newRegistry(ManualClock clock) {
    store = new InMemoryObjectStore("bucket", clock);
    first = new InMemoryModelRegistry(store, clock);
    return first;
  }

  @Override
  ModelRegistry runner(RegistrationProbe probe) {
    return first.sharingStorage(probe);
  }

  @Override
  protected ObjectStore objectStore() {
    return store;
  }
}
