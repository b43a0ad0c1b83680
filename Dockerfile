# syntax=docker/dockerfile:1
# The image runs compiled JavaScript as a non-root user. Its build steps are the scripts CI
# runs (.ci/run: `npm ci`, `npm run build`; .ci/production-smoke: `npm ci --omit=dev`, then
# `node dist/main.js`), so a green CI vouches for them.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:20-bookworm-slim AS production-dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
# HOST: a container's port is reached from outside it, so bind every interface here.
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
USER node
EXPOSE 4000
# Liveness through the address the server binds (loopback when HOST is a wildcard).
HEALTHCHECK --interval=10s --timeout=3s --start-period=15s --retries=3 \
  CMD ["node", "-e", "const h = process.env.HOST; const host = !h || h === '0.0.0.0' || h === '::' ? '127.0.0.1' : h.includes(':') ? `[${h}]` : h; fetch(`http://${host}:${process.env.PORT}/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Exec form: node is PID 1 and receives SIGTERM itself (it drains, then exits 0).
CMD ["node", "dist/main.js"]
