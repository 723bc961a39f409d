package org.newsgraph.serve;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * Cross-origin access for the parts of the server that anyone may use: a page served from any origin may send
 * SPARQL queries and read the answers (GET, POST, HEAD), as with Fuseki's own default, and may read the
 * {@value ResultLimitedQuery#HEADER} header of a cut answer. Unlike Fuseki's default, no credentials cross
 * origins ({@code Access-Control-Allow-Credentials} is never sent) and neither PUT nor DELETE is allowed, so a page
 * elsewhere cannot use a browser's cached password for the write endpoint.
 */
final class QueryCors extends CrossOriginFilter {
    private static final Map<String, String> PARAMETERS = Map.of(
            ALLOWED_ORIGINS_PARAM, "*",
            ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS",
            ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin",
            EXPOSED_HEADERS_PARAM, "Cache-Control,Content-Language,Content-Length,Content-Type,Expires,"
                    + "Last-Modified,Pragma," + ResultLimitedQuery.HEADER,
            ALLOW_CREDENTIALS_PARAM, "false",
            CHAIN_PREFLIGHT_PARAM, "false");

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return config.getFilterName();
            }

            @Override
            public ServletContext getServletContext() {
                return config.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return PARAMETERS.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(PARAMETERS.keySet());
            }
        });
    }
}
