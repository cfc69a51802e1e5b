package dev.coinengine.store.market;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import org.knowm.xchange.binance.dto.BinanceException;

/**
 * The two public endpoints whose answers XChange's typed DTOs would lose fields of, read as JSON
 * trees through the same REST client (rescu) that XChange uses.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public interface BinanceRawApi {

  @GET
  @Path("api/v3/exchangeInfo")
  JsonNode exchangeInfo() throws IOException, BinanceException;

  @GET
  @Path("api/v3/ticker/bookTicker")
  JsonNode bookTicker(@QueryParam("symbol") String symbol) throws IOException, BinanceException;
}
