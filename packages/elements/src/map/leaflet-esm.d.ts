/**
 * Leaflet's ES module build. The package's `main` is a UMD file that a browser cannot import as a
 * module (the test server serves files as they are), so the map imports the ESM build by path;
 * its API is the one `@types/leaflet` describes.
 */
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
