package dev.coinengine.store.queue;

import dev.coinengine.store.aws.AwsClients;
import dev.coinengine.store.aws.MotoServerExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.SqsClient;

/** {@link SqsMessageQueue} against moto_server; skipped when moto_server is not installed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqsMessageQueueMotoIT extends SqsMessageQueueContract {
  @RegisterExtension static final MotoServerExtension MOTO = new MotoServerExtension();

  private SqsClient sqs;

  @BeforeAll
  void connect() {
    sqs = AwsClients.sqs(MOTO.serviceEndpoint());
  }

  @AfterAll
  void disconnect() {
    if (sqs != null) {
      sqs.close();
    }
  }

  @Override
  protected SqsClient sqs() {
    return sqs;
  }

  // moto 5.x does not check the characters of a body; the only batch entry it refuses is one
  // with an invalid DelaySeconds, which this port never sends.
  @Override
  protected boolean refusesInvalidCharacters() {
    return false;
  }
}
