// The API reference, drawn by Swagger UI from the OpenAPI document the server publishes.
window.SwaggerUIBundle({
  url: '/api/openapi.json',
  dom_id: '#api-docs',
  deepLinking: true,
  tryItOutEnabled: true,
});
