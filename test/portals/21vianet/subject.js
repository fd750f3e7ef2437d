bindDivisions('unitProvince', 'unitCity', 'unitCounty');
