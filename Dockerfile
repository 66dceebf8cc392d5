# Komunitas Pintar: API and built client in one image.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY api/package.json api/
COPY client/package.json client/
COPY packages/domain/package.json packages/domain/
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY packages packages
COPY api api
COPY client client
COPY schema schema
RUN npm run build

FROM node:20-bookworm-slim
# Listen on every interface of the container; data (embedded database, uploads) in /data, which
# belongs to the user the app runs as (the app's own files stay root's, read-only to it).
ENV NODE_ENV=production PORT=4000 HOST=0.0.0.0 DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
COPY api/package.json api/
COPY client/package.json client/
COPY packages/domain/package.json packages/domain/
RUN npm ci --omit=dev --workspace api --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/packages/domain/dist packages/domain/dist
COPY --from=build /app/api/dist api/dist
COPY --from=build /app/client/dist client/dist
COPY seeds seeds
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 4000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s CMD node -e "fetch('http://127.0.0.1:4000/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "api/dist/cli.js", "start"]
