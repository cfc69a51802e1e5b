package dev.coinengine.functions.support;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Spring Cloud Function's web layer answers 200 whatever the function returns; this applies the
 * status a {@link JsonFunction} put in its {@value JsonFunction#STATUS_HEADER} header, and replaces
 * the headers the web layer echoes from the request with a JSON content type.
 */
@ControllerAdvice
public class StatusHeaderAdvice implements ResponseBodyAdvice<Object> {

  @Override
  public boolean supports(
      MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object beforeBodyWrite(
      Object body,
      MethodParameter returnType,
      MediaType selectedContentType,
      Class<? extends HttpMessageConverter<?>> selectedConverterType,
      ServerHttpRequest request,
      ServerHttpResponse response) {
    HttpHeaders headers = response.getHeaders();
    String status = headers.getFirst(JsonFunction.STATUS_HEADER);
    if (status != null) {
      // The web layer also copies request and message headers into the reply; send none of them.
      headers.clear();
      headers.setContentType(MediaType.APPLICATION_JSON);
      headers.setCacheControl("no-store");
      try {
        response.setStatusCode(HttpStatusCode.valueOf(Integer.parseInt(status.trim())));
      } catch (IllegalArgumentException e) {
        response.setStatusCode(HttpStatusCode.valueOf(500));
      }
    }
    return body;
  }
}
