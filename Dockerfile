# One image for every service of the hub; docker-compose.yml picks the entry point per service.
FROM node:22.23.3-bookworm-slim
WORKDIR /hub
COPY package.json package-lock.json turbo.json tsconfig.json tsconfig.base.json ./
COPY packages ./packages
COPY subgraphs ./subgraphs
COPY gateway ./gateway
COPY schema ./schema
COPY scripts ./scripts
COPY tests/package.json ./tests/package.json
COPY console ./console
# The gateway serves the console's build at / (console/dist), so the image carries it.
RUN npm ci --no-audit --no-fund && npm run build -w @hub/console
ENV HUB_HOST=0.0.0.0 NODE_ENV=production
USER node
