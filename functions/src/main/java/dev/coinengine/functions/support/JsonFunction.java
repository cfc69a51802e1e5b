package dev.coinengine.functions.support;

import com.amazonaws.services.lambda.runtime.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transport side of one function, the same for HTTP and Lambda: checks the bearer token (not
 * for a direct Lambda invocation, which IAM authorised), parses the raw body itself (so malformed
 * JSON is our 400, not the framework's), reads the request, applies the function, writes the reply
 * as JSON, maps every failure through {@link ErrorResponses} and records {@link FunctionMetrics}.
 * The input is declared as bytes because for any other type Spring Cloud Function splits a JSON
 * array body into one call per element. The HTTP status travels in the {@value #STATUS_HEADER}
 * header, which the Lambda adapter reads natively and {@link StatusHeaderAdvice} applies over HTTP.
 *
 * @param <I> the request record
 * @param <O> the response record
 */
public final class JsonFunction<I, O> implements Function<Message<byte[]>, Message<String>> {

  /** Message header holding the HTTP status (the name the AWS adapter reads). */
  public static final String STATUS_HEADER = "statusCode";

  /** Message header the AWS adapter sets when the payload is an API Gateway event. */
  static final String API_GATEWAY_HEADER = "aws-api-gateway";

  /** Message header holding the Lambda {@link Context} of an invocation. */
  static final String AWS_CONTEXT_HEADER = "aws-context";

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  /** Turns the parsed body (null when it was empty) into the request record. */
  @FunctionalInterface
  public interface RequestReader<I> {
    I read(JsonNode body);
  }

  private final String name;
  private final RequestReader<I> reader;
  private final Function<I, O> function;
  private final BearerAuth auth;
  private final FunctionMetrics metrics;

  public JsonFunction(
      String name,
      RequestReader<I> reader,
      Function<I, O> function,
      BearerAuth auth,
      FunctionMetrics metrics) {
    this.name = name;
    this.reader = reader;
    this.function = function;
    this.auth = auth;
    this.metrics = metrics;
  }

  public String name() {
    return name;
  }

  @Override
  public Message<String> apply(Message<byte[]> message) {
    long start = System.nanoTime();
    try {
      if (!directLambdaInvocation(message) && !auth.allows(message.getHeaders())) {
        return error(ErrorResponses.unauthorized());
      }
      I request = reader.read(parse(body(message)));
      O response = function.apply(request);
      return reply(200, JSON.writeValueAsString(response));
    } catch (RuntimeException e) {
      return error(ErrorResponses.from(name, e));
    } finally {
      metrics.recordCall(name, System.nanoTime() - start);
    }
  }

  /**
   * A Lambda invoked directly (an EventBridge schedule, {@code aws lambda invoke}) rather than
   * through API Gateway or a function URL: AWS authorised the caller with IAM, and such events
   * carry no HTTP headers. Only the adapter can set a {@link Context} object as the header; a
   * header sent over HTTP is text.
   */
  private static boolean directLambdaInvocation(Message<?> message) {
    return message.getHeaders().get(AWS_CONTEXT_HEADER) instanceof Context
        && !Boolean.TRUE.equals(message.getHeaders().get(API_GATEWAY_HEADER));
  }

  /**
   * The request body as text. From API Gateway the payload is the whole event (for a byte payload
   * the adapter does not extract it), marked with the {@value #API_GATEWAY_HEADER} header.
   */
  private static String body(Message<?> message) {
    Object payload = message.getPayload();
    String text =
        payload instanceof byte[] bytes
            ? new String(bytes, StandardCharsets.UTF_8)
            : payload == null ? "" : payload.toString();
    if (!Boolean.TRUE.equals(message.getHeaders().get(API_GATEWAY_HEADER))) {
      return text;
    }
    JsonNode event = JSON.readTree(text);
    JsonNode body = event.path("body");
    if (!body.isString()) {
      return "";
    }
    if (!event.path("isBase64Encoded").asBoolean(false)) {
      return body.stringValue();
    }
    try {
      return new String(Base64.getDecoder().decode(body.stringValue()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("", "the body is marked base64 but is not", e);
    }
  }

  private static JsonNode parse(String body) {
    if (body.isBlank()) {
      return null;
    }
    try {
      return JSON.readTree(body);
    } catch (JacksonException e) {
      throw new InvalidRequestException(
          "",
          "malformed JSON: " + JsonFields.abbreviate(String.valueOf(e.getOriginalMessage())),
          e);
    }
  }

  private Message<String> error(ErrorResponses.Reply reply) {
    metrics.countError(name, reply.kind());
    return reply(reply.status(), JSON.writeValueAsString(reply.body()));
  }

  private static Message<String> reply(int status, String body) {
    return MessageBuilder.withPayload(body)
        .setHeader(STATUS_HEADER, status)
        .setHeader("contentType", "application/json")
        .build();
  }
}
