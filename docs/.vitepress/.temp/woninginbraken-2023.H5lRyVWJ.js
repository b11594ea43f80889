const woninginbraken2023 = "series,area,period,value,origin,source,note\nwoninginbraken,GM9999,2023-H1,17,import,bvh,\nwoninginbraak-pogingen,GM9999,2023-H1,5,import,bvh,\nwoninginbraak-geslaagd,GM9999,2023-H1,12,import,bvh,\nwoninginbraken,GM9999,2023,,import,bvh,not yet published\n";
export {
  woninginbraken2023 as default
};
