/**
 * `@ivp/importers`: police and CBS open data into ivp plans. Reads the
 * StatLine "download as CSV" layout and CBS OData v3 `TypedDataSet` pages
 * (police tables 47013NED, 47018NED, 47022NED; CBS 83648NED) as streams, maps
 * regions and crime types onto a plan, and merges the figures into the plan's
 * CSV data files. Also scaffolds new plans (`createPlanTemplate`). This entry
 * does no I/O and imports nothing of Node, so it runs in a browser: the
 * parsers take any async iterable of text. What reads and writes files
 * (`importIntoPlan`, `initPlan`, the plan lock, the synthetic data sets on
 * disk) is in `@ivp/importers/node`.
 *
 * @packageDocumentation
 */

export {
  type AggregateByMunicipalityOptions,
  type AggregateResult,
  aggregateByMunicipality,
  type BulkReadSummary,
} from "./bulk/aggregate-by-municipality.ts";
export type { BulkMunicipality } from "./bulk/bulk-municipality.ts";
export {
  type CreateBulkTemplateOptions,
  createBulkTemplate,
  type PlanPeriod,
} from "./bulk/bulk-template.ts";
export { type ClassifiedFigures, classifyFigures } from "./bulk/classify-figures.ts";
export { derivePlanPeriod, WholeYears } from "./bulk/derive-plan-period.ts";
export { type FillTemplateOptions, fillTemplate } from "./bulk/fill-template.ts";
export { type InstantiatePlanOptions, instantiatePlan } from "./bulk/instantiate-plan.ts";
export {
  type MunicipalityFigures,
  type ObservationColumns,
  observationsFromColumns,
} from "./bulk/municipality-figures.ts";
export {
  type MunicipalityPopulation,
  type PopulationByMunicipality,
  populationByMunicipality,
  populationObservations,
} from "./bulk/population-by-municipality.ts";
export {
  type Classification,
  CRIME_TYPES,
  type CrimeType,
  crimeCodeFromTitle,
  findCrimeType,
  normaliseTitle,
} from "./crime-types/crime-types.ts";
export { addDataFileToPlan } from "./data-file/add-data-file.ts";
export { type PlanSourceEntry, POPULATION_SOURCE } from "./data-file/add-source.ts";
export {
  DEFAULT_DATA_FILE,
  type ImportFiguresOptions,
  type ImportPlan,
  type ImportWrite,
  importFigures,
} from "./data-file/import-figures.ts";
export {
  type DataFileInput,
  type DataFileOutput,
  type ImportChange,
  type MergeObservationsOptions,
  type MergeResult,
  mergeObservations,
} from "./data-file/merge-observations.ts";
export { ImportError, type ImportErrorOptions } from "./import-error.ts";
export {
  type BuildImportTargetOptions,
  buildImportTarget,
  type ImportTarget,
  type TargetArea,
  type TargetSeries,
} from "./mapping/import-target.ts";
export {
  type ImportedObservation,
  type ImportSkips,
  type MapFiguresOptions,
  type MappedFigures,
  mapFigures,
  POPULATION_SERIES,
  type UnmappedCrimeType,
} from "./mapping/map-figures.ts";
export { wordImportError } from "./messages/word-import-error.ts";
export {
  JsonPageScanner,
  type PageEvent,
  type PageRowHandler,
  type RowBreaks,
} from "./odata/json-page-scanner.ts";
export {
  classificationOfCode,
  ODATA_TABLES,
  type ODataTable,
  tableIdFromMetadata,
} from "./odata/odata-tables.ts";
export {
  type NextPage,
  type PageLoader,
  pageLoopError,
  type ReadODataPagesOptions,
  readODataPages,
} from "./odata/read-odata-pages.ts";
export {
  classifyRegionCode,
  classifyRegionName,
  isRollUp,
  type RegionKind,
} from "./regions/classify-region.ts";
export {
  currentSuccessors,
  describeFormerMunicipality,
  FORMER_MUNICIPALITIES,
  type FormerMunicipality,
  findFormerMunicipality,
  findFormerMunicipalityByName,
  findMunicipalitiesByName,
  findMunicipalityByCode,
  MUNICIPALITIES,
  type MunicipalityEntry,
  normalizeMunicipalityName,
  plainMunicipalityName,
  REGISTER_DATE,
  type ResolvedMunicipality,
  type ResolveMunicipalityOptions,
  resolveMunicipality,
} from "./regions/municipalities.ts";
export {
  codeOrSyntheticCode,
  isSyntheticMunicipalityCode,
  isSyntheticMunicipalityName,
  MAX_SYNTHETIC_MUNICIPALITIES,
  municipalityOfSyntheticCode,
  SYNTHETIC_CODE_RANGE,
  syntheticMunicipality,
} from "./regions/synthetic-codes.ts";
export {
  type DatasetInfo,
  isPopulationTopic,
  isRegisteredCrimesTopic,
  type SourceFigure,
  type SourceFormat,
} from "./source-figure.ts";
export { type ReadStatlineCsvOptions, readStatlineCsv } from "./statline/read-statline-csv.ts";
export {
  type StatlineFields,
  type StatlineSyntaxError,
  splitStatlineLine,
} from "./statline/split-statline-line.ts";
export { parseStatlinePeriod, type StatlinePeriod } from "./statline/statline-period.ts";
export {
  createSyntheticNation,
  type SyntheticCrimeType,
  type SyntheticMunicipality,
  type SyntheticNation,
  type SyntheticNationOptions,
} from "./synthetic/synthetic-nation.ts";
export {
  type SyntheticODataOptions,
  type SyntheticODataPage,
  syntheticODataPages,
} from "./synthetic/synthetic-odata.ts";
export { syntheticStatlineLines } from "./synthetic/synthetic-statline.ts";
export {
  createPlanTemplate,
  DATA_FILE_HEADER,
  type PlanTemplateOptions,
  planSchemaUrl,
} from "./template/plan-template.ts";
export { type ReadLinesOptions, readLines, type TextLine } from "./text/read-lines.ts";
