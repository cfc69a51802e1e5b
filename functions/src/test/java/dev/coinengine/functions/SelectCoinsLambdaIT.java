package dev.coinengine.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinengine.store.market.BinanceStubServer;
import dev.coinengine.store.market.StubPayloads;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.function.adapter.aws.FunctionInvoker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Lambda path: {@link FunctionInvoker}, as AWS runs it, with a recorded API Gateway v2 event.
 * The invoker finds its application and settings only through system properties (as Lambda passes
 * environment variables), so they are set for this class and restored afterwards.
 */
class SelectCoinsLambdaIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<String, String> PROPERTIES = new HashMap<>();
  private static final Map<String, String> SAVED = new HashMap<>();
  private static BinanceStubServer stub;
  private static FunctionInvoker invoker;

  @BeforeAll
  static void startInvoker() {
    stub = BinanceStubServer.start(StubPayloads.bundled(), 0, Clock.systemUTC());
    PROPERTIES.put("MAIN_CLASS", FunctionsApplication.class.getName());
    PROPERTIES.put("market-data.binance.base-url", stub.baseUrl().toString());
    PROPERTIES.put("http.auth-token", StubMarketApplication.TOKEN);
    PROPERTIES.forEach((key, value) -> SAVED.put(key, System.setProperty(key, value)));
    invoker = new FunctionInvoker("selectCoins");
  }

  @AfterAll
  static void restore() {
    SAVED.forEach(
        (key, value) -> {
          if (value == null) {
            System.clearProperty(key);
          } else {
            System.setProperty(key, value);
          }
        });
    stub.close();
  }

  @Test
  void anApiGatewayEventGetsStatus200AndTheSelection() throws Exception {
    JsonNode response = invoke(event());

    assertThat(response.path("statusCode").intValue()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.path("body").stringValue());
    assertThat(body.path("selected").size()).isEqualTo(5);
    assertThat(body.path("selected").get(0).path("rank").intValue()).isEqualTo(1);
    assertThat(body.path("settings").path("ranking").stringValue()).isEqualTo("quote-volume");
    assertThat(response.path("headers").has("authorization")).isFalse();
  }

  @Test
  void malformedJsonIsA400WithTheErrorBody() throws Exception {
    ObjectNode event = event();
    event.put("body", "{\"limit\":");

    JsonNode response = invoke(event);

    assertThat(response.path("statusCode").intValue()).isEqualTo(400);
    JsonNode body = JSON.readTree(response.path("body").stringValue());
    assertThat(body.path("error").stringValue()).isEqualTo("invalid_request");
  }

  @Test
  void aJsonArrayBodyIsOneCallNotOnePerElement() throws Exception {
    ObjectNode event = event();
    event.put("body", "[{\"limit\":1},{\"limit\":2}]");

    JsonNode response = invoke(event);

    assertThat(response.path("statusCode").intValue()).isEqualTo(400);
    assertThat(JSON.readTree(response.path("body").stringValue()).path("field").stringValue())
        .isEmpty();
  }

  @Test
  void anEventWithoutTheTokenIsA401() throws Exception {
    ObjectNode event = event();
    ((ObjectNode) event.path("headers")).remove("authorization");

    JsonNode response = invoke(event);

    assertThat(response.path("statusCode").intValue()).isEqualTo(401);
  }

  private static ObjectNode event() throws Exception {
    try (InputStream in =
        SelectCoinsLambdaIT.class.getResourceAsStream("/events/selectCoins-apigw-v2.json")) {
      return (ObjectNode) JSON.readTree(in);
    }
  }

  private static JsonNode invoke(JsonNode event) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    invoker.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(event)), out, null);
    return JSON.readTree(out.toByteArray());
  }
}
