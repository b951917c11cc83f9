import { WvDepartmentPolicy } from '../department-policy/department-policy.js';
import { define } from '../shared/define.js';

define('wv-department-policy', WvDepartmentPolicy);
